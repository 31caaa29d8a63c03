package fr.cress.relais.holders;

import java.time.LocalDate;

/**
 * When to follow a referral up. Two reminders: {@value #FIRST_DAYS} days after the referral (first
 * reminder) and {@value #SECOND_DAYS} days after it (second). On a given day, the current reminder is
 * the latest one whose date has come ({@code today >= referred_on + n days}). A referral is due when it
 * has no outcome and no follow-up was recorded on or after the current reminder's date
 * ({@code last_follow_up_on} null or earlier). Recording « relance faite » on or after that date clears it;
 * recording an outcome closes the referral for good.
 * Example: referred on 1 March: 10 March not due, 11 March first reminder due; follow-up on 12 March;
 * 31 March second reminder due.
 */
public final class FollowUpRule {

    public static final int FIRST_DAYS = 10;
    public static final int SECOND_DAYS = 30;

    public FollowUp status(Referral referral, LocalDate today) {
        return status(referral.referredOn(), referral.outcome(), referral.lastFollowUpOn(), today);
    }

    public FollowUp status(LocalDate referredOn, ReferralOutcome outcome, LocalDate lastFollowUpOn,
                           LocalDate today) {
        if (outcome != null) {
            return new FollowUp(FollowUpStatus.CLOSED, null);
        }
        LocalDate first = referredOn.plusDays(FIRST_DAYS);
        LocalDate second = referredOn.plusDays(SECOND_DAYS);
        if (!today.isBefore(second)) {
            return followedSince(lastFollowUpOn, second)
                    ? new FollowUp(FollowUpStatus.FOLLOWED_UP, null)
                    : new FollowUp(FollowUpStatus.SECOND_DUE, second);
        }
        if (!today.isBefore(first)) {
            return followedSince(lastFollowUpOn, first)
                    ? new FollowUp(FollowUpStatus.WAITING, second)
                    : new FollowUp(FollowUpStatus.FIRST_DUE, first);
        }
        return new FollowUp(FollowUpStatus.WAITING, first);
    }

    private static boolean followedSince(LocalDate lastFollowUpOn, LocalDate reminder) {
        return lastFollowUpOn != null && !lastFollowUpOn.isBefore(reminder);
    }
}
