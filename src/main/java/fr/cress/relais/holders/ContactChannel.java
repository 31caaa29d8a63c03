package fr.cress.relais.holders;

import fr.cress.relais.common.i18n.Labelled;

/** How a holder first reached the CRESS. */
public enum ContactChannel implements Labelled {
    SALON,
    ACCUEIL_CRESS,
    PARTENAIRE,
    EVENEMENT,
    TELEPHONE_COURRIEL,
    AUTRE;

    @Override
    public String labelKey() {
        return "holders.channel." + name();
    }
}
