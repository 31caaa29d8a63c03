package fr.cress.relais.meetings;

import fr.cress.relais.app.Relais;
import fr.cress.relais.testing.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The figures of the dashboard card are counted by the store; they must say what the lists say, before and
 * after the data changes (example programme, today: 26/11/2026).
 */
class DashboardFiguresTest {

    @TempDir
    Path dir;

    private Relais relais;
    private MeetingsServices s;

    @BeforeEach
    void open() {
        relais = TestStores.demoRelais(dir);
        s = relais.meetings().services();
    }

    @AfterEach
    void close() {
        relais.close();
    }

    @Test
    void theCountsOfOpenAndOverdueItemsAreThoseOfTheList() {
        assertThat(s.followUp().openCounts()).isEqualTo(counted());
        assertThat(counted().overdue()).isPositive();
    }

    @Test
    void theCountsFollowAnItemAddedLateAndItemsClosed() {
        ActionItemCounts before = s.followUp().openCounts();
        long meeting = s.meetings().next().orElseThrow().id();
        s.followUp().addItem(meeting, new ActionItemDraft("Relancer les financeurs", null, null,
                LocalDate.of(2026, 11, 1), null, null));
        assertThat(s.followUp().openCounts()).isEqualTo(counted())
                .isEqualTo(new ActionItemCounts(before.open() + 1, before.overdue() + 1));

        List<ActionItem> overdue = s.followUp().openItems().stream().filter(i -> i.overdue(s.meetings().today()))
                .limit(2).toList();
        s.followUp().close(overdue, ActionItemStatus.DONE, s.meetings().load(meeting).meeting());
        assertThat(s.followUp().openCounts()).isEqualTo(counted())
                .isEqualTo(new ActionItemCounts(before.open() - 1, before.overdue() - 1));
    }

    @Test
    void theNextAndLastMeetingsAreThoseOfTheOrderedList() {
        assertThat(s.meetings().next()).isEqualTo(nextInList()).isPresent();
        assertThat(s.meetings().last()).isEqualTo(lastInList()).isPresent();

        // A meeting cancelled is skipped; another one sooner becomes the next.
        MeetingSummary next = s.meetings().next().orElseThrow();
        Meeting m = s.meetings().load(next.id()).meeting();
        s.meetings().update(m.id(), m.version(), new MeetingDraft(m.groupId(), m.title(), m.startsAt(), m.endsAt(),
                m.place(), null, MeetingStatus.CANCELLED, null, List.of()));
        assertThat(s.meetings().next()).isEqualTo(nextInList()).map(MeetingSummary::id).isNotEqualTo(Optional.of(m.id()));
        LocalDateTime tomorrow = s.meetings().today().plusDays(1).atTime(9, 30);
        long sooner = s.meetings().create(new MeetingDraft(null, "Point d’étape", tomorrow, null, null, null,
                MeetingStatus.PLANNED, null, List.of()), List.of());
        assertThat(s.meetings().next()).isEqualTo(nextInList()).map(MeetingSummary::id).contains(sooner);
        assertThat(s.meetings().last()).isEqualTo(lastInList());
    }

    private ActionItemCounts counted() {
        LocalDate today = s.meetings().today();
        List<ActionItem> open = s.followUp().openItems();
        return new ActionItemCounts(open.size(), (int) open.stream().filter(i -> i.overdue(today)).count());
    }

    private Optional<MeetingSummary> nextInList() {
        LocalDateTime now = s.meetings().now();
        return s.meetings().list().stream().filter(m -> m.upcoming(now)).findFirst();
    }

    private Optional<MeetingSummary> lastInList() {
        LocalDateTime now = s.meetings().now();
        return s.meetings().list().stream()
                .filter(m -> m.status() != MeetingStatus.CANCELLED && m.startsAt().isBefore(now))
                .reduce((a, b) -> b);
    }
}
