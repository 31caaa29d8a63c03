package fr.cress.relais.holders;

import java.util.Map;

/** What became of the holders referred to one partner: referrals made, outcomes, still open. */
public record PartnerOutcomes(long organisationId, String partner, long referrals,
                              Map<ReferralOutcome, Long> outcomes, long open) {

    public PartnerOutcomes {
        outcomes = Map.copyOf(outcomes);
    }

    public long count(ReferralOutcome outcome) {
        return outcomes.getOrDefault(outcome, 0L);
    }
}
