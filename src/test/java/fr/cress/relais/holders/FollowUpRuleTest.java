package fr.cress.relais.holders;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The reminders at 10 and 30 days, day by day. */
class FollowUpRuleTest {

    private static final LocalDate REFERRED = LocalDate.of(2009, 3, 1);
    private final FollowUpRule rule = new FollowUpRule();

    private FollowUp on(int day, LocalDate followedUp, ReferralOutcome outcome) {
        return rule.status(REFERRED, outcome, followedUp, REFERRED.plusDays(day));
    }

    @Test
    void theFirstReminderIsDueTenDaysAfterTheReferral() {
        assertThat(on(9, null, null)).isEqualTo(new FollowUp(FollowUpStatus.WAITING, LocalDate.of(2009, 3, 11)));
        assertThat(on(10, null, null)).isEqualTo(new FollowUp(FollowUpStatus.FIRST_DUE, LocalDate.of(2009, 3, 11)));
        assertThat(on(29, null, null).status()).isEqualTo(FollowUpStatus.FIRST_DUE);
    }

    @Test
    void aFollowUpOnOrAfterTheReminderClearsItUntilTheSecond() {
        LocalDate followed = REFERRED.plusDays(12);
        assertThat(on(13, followed, null)).isEqualTo(new FollowUp(FollowUpStatus.WAITING, LocalDate.of(2009, 3, 31)));
        assertThat(on(30, followed, null)).isEqualTo(new FollowUp(FollowUpStatus.SECOND_DUE, LocalDate.of(2009, 3, 31)));
        assertThat(on(31, REFERRED.plusDays(31), null).status()).isEqualTo(FollowUpStatus.FOLLOWED_UP);
    }

    @Test
    void aFollowUpBeforeTheReminderDoesNotCountForIt() {
        assertThat(on(10, REFERRED.plusDays(5), null).status()).isEqualTo(FollowUpStatus.FIRST_DUE);
    }

    @Test
    void withoutAnyFollowUpTheSecondReminderTakesOverAtThirtyDays() {
        assertThat(on(31, null, null)).isEqualTo(new FollowUp(FollowUpStatus.SECOND_DUE, LocalDate.of(2009, 3, 31)));
    }

    @Test
    void anOutcomeClosesTheReferral() {
        assertThat(on(45, null, ReferralOutcome.ACCOMPAGNE)).isEqualTo(new FollowUp(FollowUpStatus.CLOSED, null));
        assertThat(on(45, null, ReferralOutcome.ACCOMPAGNE).isDue()).isFalse();
    }
}
