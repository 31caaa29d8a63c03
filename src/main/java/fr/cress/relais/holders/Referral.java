package fr.cress.relais.holders;

import java.time.LocalDate;

/** A holder referred to a partner (and one of its contacts) for a need, and what came of it. */
public record Referral(long id, int version, long holderId, String holderName, long organisationId,
                       String organisationName, Long contactId, String contactName, String contactPhone,
                       String contactEmail, String needKey, LocalDate referredOn, String reason,
                       ReferralOutcome outcome, LocalDate outcomeOn, LocalDate lastFollowUpOn) {

    public boolean isOpen() {
        return outcome == null;
    }
}
