package fr.cress.relais.actions;

import fr.cress.relais.common.i18n.Labelled;

/** What an organisation does in a joint action. */
public enum PartnerRole implements Labelled {
    PILOT,
    CONTRIBUTOR,
    FUNDER,
    RELAY;

    @Override
    public String labelKey() {
        return "actions.role." + name();
    }
}
