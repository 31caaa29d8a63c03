package fr.cress.relais.holders;

import java.time.LocalDate;

/**
 * The follow-up state of a referral on a given day. {@code date} is the reminder's date: the day it became
 * due (due states), the next reminder (waiting), or null (closed, or followed up twice).
 */
public record FollowUp(FollowUpStatus status, LocalDate date) {

    public boolean isDue() {
        return status.isDue();
    }
}
