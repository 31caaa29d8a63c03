package fr.cress.relais.partners;

import fr.cress.relais.common.i18n.Labelled;

/** Legal form of an organisation. */
public enum LegalForm implements Labelled {
    ASSOCIATION,
    SCOP,
    SCIC,
    COOPERATIVE,
    MUTUAL,
    FOUNDATION,
    COOPERATIVE_BANK,
    PUBLIC_BODY,
    LOCAL_AUTHORITY,
    COMPANY,
    OTHER;

    @Override
    public String labelKey() {
        return "partners.legalForm." + name();
    }
}
