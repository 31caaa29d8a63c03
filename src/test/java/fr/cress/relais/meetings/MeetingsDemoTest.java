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

import static org.assertj.core.api.Assertions.assertThat;

/** The example meetings 2007-2009 as the coordinator finds them. */
class MeetingsDemoTest {

    @TempDir
    Path dir;

    private Relais relais;
    private MeetingsServices services;

    @BeforeEach
    void open() {
        relais = TestStores.demoRelais(dir);
        services = relais.meetings().services();
    }

    @AfterEach
    void close() {
        relais.close();
    }

    @Test
    void theGroupMetThreeTimesAYearAndTheNextMeetingIsThreeWeeksAhead() {
        List<MeetingSummary> all = services.meetings().list();
        for (int year = 2007; year <= 2009; year++) {
            int y = year;
            assertThat(all.stream().filter(m -> m.startsAt().getYear() == y
                    && "Entreprendre autrement en Basse-Normandie".equals(m.groupName()))).hasSize(3);
        }
        assertThat(all).anyMatch(m -> m.startsAt().toLocalDate().equals(LocalDate.of(2008, 7, 17)));
        assertThat(all).anyMatch(m -> m.startsAt().toLocalDate().equals(LocalDate.of(2007, 10, 10))
                && m.groupName() == null);
        MeetingSummary next = services.meetings().next().orElseThrow();
        assertThat(next.startsAt()).isAfter(LocalDateTime.of(2026, 12, 16, 0, 0));
        assertThat(next.title()).contains("Entreprendre autrement");
        MeetingFile file = services.meetings().load(next.id());
        assertThat(file.agenda().get(0).followUp()).isTrue();
        assertThat(file.openCarriedItems()).extracting(ActionItem::title)
                .anyMatch(t -> t.contains("module de formation"))
                .noneMatch(t -> t.contains("portraits"));
        assertThat(file.invitees()).extracting(Invitee::organisationLabel).contains("URSCOP", "ARDES")
                .doesNotContain("AVISE");
    }

    @Test
    void fabriqueAInitiativesWasPresentedByAviseOn17July2008() {
        MeetingSummary july = services.meetings().list().stream()
                .filter(m -> m.startsAt().toLocalDate().equals(LocalDate.of(2008, 7, 17))).findFirst().orElseThrow();
        MeetingFile f = services.meetings().load(july.id());
        assertThat(f.agenda()).anyMatch(a -> a.title().contains("fabrique à initiatives")
                && "AVISE".equals(a.presenterName()));
        assertThat(f.decisions()).isNotEmpty();
        assertThat(f.invitees()).anyMatch(i -> i.attendance() == Attendance.EXCUSED);
    }

    @Test
    void preparationListsOpenItemsByOwnerAndMembersWhoMissedTheLastTwoMeetings() {
        Preparation p = services.preparation().prepare();
        assertThat(p.nextMeeting()).isNotNull();
        assertThat(p.openCount()).isGreaterThanOrEqualTo(4);
        assertThat(p.overdueCount()).isGreaterThanOrEqualTo(4);
        assertThat(p.openByOwner()).extracting(Preparation.OwnerItems::owner).contains("CRESS", "URSCOP");
        assertThat(p.absentees()).extracting(Preparation.Absentee::organisation)
                .containsExactlyInAnyOrder("UREI", "Familles Rurales");
        assertThat(p.draftAgenda().get(0).followUp()).isTrue();
    }
}
