package fr.cress.relais.partners;

import fr.cress.relais.common.i18n.Labelled;

/** Legal basis for keeping a person's data (RGPD, article 6). */
public enum ConsentBasis implements Labelled {
    CONSENT,
    LEGITIMATE_INTEREST,
    CONTRACT;

    @Override
    public String labelKey() {
        return "partners.consent." + name();
    }
}
