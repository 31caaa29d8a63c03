package fr.cress.relais.holders;

import fr.cress.relais.app.Relais;
import fr.cress.relais.common.error.AppException;
import fr.cress.relais.common.error.BadInputException;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.settings.DataLocations;
import fr.cress.relais.db.Store;
import fr.cress.relais.testing.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static fr.cress.relais.db.generated.Tables.ORGANISATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Referrals on a real store: the follow-up list on the right day, « relance faite », outcomes. */
class ReferralServiceTest {

    private static final LocalDate REFERRED = LocalDate.of(2026, 3, 2);

    @TempDir
    java.nio.file.Path dir;
    private Store store;
    private long holder;
    private long partner;

    @BeforeEach
    void setUp() {
        store = TestStores.store();
        Relais relais = on(REFERRED);
        partner = store.dsl().insertInto(ORGANISATION).set(ORGANISATION.NAME, "Union régionale des SCOP")
                .set(ORGANISATION.ACRONYM, "URSCOP").set(ORGANISATION.KIND, "SUPPORT_NETWORK")
                .returning(ORGANISATION.ID).fetchOne(ORGANISATION.ID);
        holder = relais.holders().holders().save(HolderFixtures.person("Marion Lebrun", "14118", REFERRED, "statuts"));
        relais.holders().referrals().refer(holder, partner, null, "statuts", REFERRED, "Statuts de SCOP");
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** The features built on the same store, with « today » at 10:00 in Paris on the given day. */
    private Relais on(LocalDate today) {
        Clock clock = Clock.fixed(today.atTime(10, 0).atZone(ZoneId.of("Europe/Paris")).toInstant(),
                ZoneId.of("Europe/Paris"));
        return Relais.on(store, new DataLocations(dir, false), I18n.french(), clock);
    }

    private List<ReferralLine> dueOnDay(int day) {
        return on(REFERRED.plusDays(day)).holders().referrals().dueFollowUps();
    }

    @Test
    void aReferralIsNotDueOnDayNineAndDueOnDayTen() {
        assertThat(dueOnDay(9)).isEmpty();
        assertThat(dueOnDay(10)).singleElement().satisfies(line -> {
            assertThat(line.referral().holderName()).isEqualTo("Marion Lebrun");
            assertThat(line.referral().organisationName()).isEqualTo("URSCOP");
            assertThat(line.followUp().status()).isEqualTo(FollowUpStatus.FIRST_DUE);
        });
        assertThat(on(REFERRED.plusDays(10)).holders().holders().rows())
                .singleElement().extracting(HolderRow::followUpsDue).isEqualTo(1);
    }

    @Test
    void followedUpTodayClearsTheFirstReminderUntilDayThirty() {
        ReferralService day12 = on(REFERRED.plusDays(12)).holders().referrals();
        Referral referral = day12.forHolder(holder).get(0).referral();
        day12.followedUp(referral.id(), referral.version());

        assertThat(dueOnDay(12)).isEmpty();
        assertThat(dueOnDay(29)).isEmpty();
        assertThat(dueOnDay(30)).singleElement()
                .extracting(l -> l.followUp().status()).isEqualTo(FollowUpStatus.SECOND_DUE);
    }

    @Test
    void anOutcomeEndsTheReminders() {
        ReferralService day40 = on(REFERRED.plusDays(40)).holders().referrals();
        Referral referral = day40.forHolder(holder).get(0).referral();
        day40.recordOutcome(referral, ReferralOutcome.CREE, REFERRED.plusDays(38));

        assertThat(dueOnDay(40)).isEmpty();
        Referral after = day40.forHolder(holder).get(0).referral();
        assertThat(after.outcome()).isEqualTo(ReferralOutcome.CREE);
        assertThat(after.outcomeOn()).isEqualTo(REFERRED.plusDays(38));
    }

    @Test
    void anOutcomeBeforeTheReferralOrInTheFutureIsRefusedAndChangesNothing() {
        ReferralService day20 = on(REFERRED.plusDays(20)).holders().referrals();
        Referral referral = day20.forHolder(holder).get(0).referral();

        assertThatThrownBy(() -> day20.recordOutcome(referral, ReferralOutcome.FINANCE, REFERRED.minusDays(1)))
                .isInstanceOf(BadInputException.class);
        assertThatThrownBy(() -> day20.recordOutcome(referral, ReferralOutcome.FINANCE, REFERRED.plusDays(21)))
                .isInstanceOf(BadInputException.class);
        assertThat(day20.forHolder(holder).get(0).referral().outcome()).isNull();
    }

    @Test
    void aReferralChangedElsewhereIsNotOverwritten() {
        ReferralService day15 = on(REFERRED.plusDays(15)).holders().referrals();
        Referral stale = day15.forHolder(holder).get(0).referral();
        day15.followedUp(stale.id(), stale.version());

        assertThatThrownBy(() -> day15.recordOutcome(stale, ReferralOutcome.ABANDONNE, REFERRED.plusDays(15)))
                .isInstanceOf(AppException.class)
                .hasMessage("holders.referral.error.stale");
        assertThat(day15.forHolder(holder).get(0).referral().outcome()).isNull();
    }

    @Test
    void aReferralInTheFutureIsRefused() {
        ReferralService today = on(REFERRED).holders().referrals();
        assertThatThrownBy(() -> today.refer(holder, partner, null, null, REFERRED.plusDays(1), null))
                .isInstanceOf(BadInputException.class);
        assertThat(today.forHolder(holder)).hasSize(1);
    }
}
