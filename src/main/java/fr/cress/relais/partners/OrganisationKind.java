package fr.cress.relais.partners;

import fr.cress.relais.common.i18n.Labelled;

/** What an organisation is for the network. */
public enum OrganisationKind implements Labelled {
    SUPPORT_NETWORK,
    FUNDER,
    INSTITUTION,
    LOCAL_AUTHORITY,
    UNIVERSITY,
    SSE_ENTERPRISE,
    OTHER;

    @Override
    public String labelKey() {
        return "partners.kind." + name();
    }
}
