package fr.cress.relais.holders;

import fr.cress.relais.common.i18n.Labelled;

/** What became of a holder after a referral to a partner. */
public enum ReferralOutcome implements Labelled {
    ACCOMPAGNE,
    FINANCE,
    CREE,
    ABANDONNE,
    REORIENTE;

    @Override
    public String labelKey() {
        return "holders.outcome." + name();
    }
}
