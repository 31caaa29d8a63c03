package fr.cress.relais.meetings.ui;

import fr.cress.relais.app.Relais;
import fr.cress.relais.meetings.MeetingService;
import fr.cress.relais.meetings.MeetingStatus;
import fr.cress.relais.meetings.MeetingSummary;
import fr.cress.relais.testing.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first rows shown while the whole list of meetings is read are the whole list's first rows, in its order
 * (upcoming meetings soonest first, then cancelled and past ones latest first), at any moment.
 */
class MeetingListPageTest {

    @TempDir
    Path dir;
    private Relais relais;
    private MeetingService meetings;

    @BeforeEach
    void open() {
        relais = TestStores.demoRelais(dir);
        meetings = relais.meetings().services().meetings();
    }

    @AfterEach
    void close() {
        relais.close();
    }

    @Test
    void theFirstPageIsTheHeadOfTheWholeListInItsOrderAtAnyMoment() {
        LocalDateTime soon = meetings.now().plusDays(3).withHour(10).withMinute(0).withSecond(0).withNano(0);
        add("Réunion annulée", soon, MeetingStatus.CANCELLED); // to come, but listed with the past ones
        add("Point du matin", soon, MeetingStatus.PLANNED);      // same hour: the order of ids
        add("Point du matin, bis", soon, MeetingStatus.PLANNED);
        List<MeetingSummary> all = meetings.list();
        List<LocalDateTime> moments = List.of(meetings.now(), soon, all.get(0).startsAt(), all.get(all.size() / 2).startsAt(),
                all.get(all.size() - 1).startsAt().plusDays(1), all.get(0).startsAt().minusYears(1));
        for (LocalDateTime now : moments) {
            List<MeetingSummary> expected = MeetingListPane.ordered(all, now);
            for (int limit : List.of(1, 3, all.size() - 1)) {
                MeetingService.ListPage page = meetings.firstPage(now, limit);
                assertThat(page.rows()).as("first %d at %s", limit, now).containsExactlyElementsOf(expected.subList(0, limit));
                assertThat(page.total()).isEqualTo(all.size());
                assertThat(page.whole()).isFalse();
            }
        }
    }

    private void add(String title, LocalDateTime at, MeetingStatus status) {
        meetings.create(new fr.cress.relais.meetings.MeetingDraft(null, title, at, null, null, null, status, null,
                List.of()), List.of());
    }

    @Test
    void aPageLongerThanTheListIsTheWholeList() {
        List<MeetingSummary> all = meetings.list();
        MeetingService.ListPage page = meetings.firstPage(meetings.now(), all.size() + 5);
        assertThat(page.rows()).containsExactlyElementsOf(MeetingListPane.ordered(all, meetings.now()));
        assertThat(page.whole()).isTrue();
    }
}
