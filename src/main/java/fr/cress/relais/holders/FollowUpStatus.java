package fr.cress.relais.holders;

import fr.cress.relais.common.i18n.Labelled;

/** Where a referral stands in its follow-up (see {@link FollowUpRule}). */
public enum FollowUpStatus implements Labelled {
    /** No outcome yet, next reminder not reached. */
    WAITING,
    /** 10 days have passed since the referral and nobody followed it up since. */
    FIRST_DUE,
    /** 30 days have passed since the referral and nobody followed it up since. */
    SECOND_DUE,
    /** Both reminders done, the outcome is still unknown. */
    FOLLOWED_UP,
    /** The outcome is recorded: nothing to follow. */
    CLOSED;

    public boolean isDue() {
        return this == FIRST_DUE || this == SECOND_DUE;
    }

    @Override
    public String labelKey() {
        return "holders.followUp." + name();
    }
}
