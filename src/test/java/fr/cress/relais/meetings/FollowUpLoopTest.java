package fr.cress.relais.meetings;

import fr.cress.relais.app.Relais;
import fr.cress.relais.common.error.BadInputException;
import fr.cress.relais.db.StaleDataException;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The follow-up loop as the coordinator lives it, on the example programme (today: 26/11/2026): prepare the
 * next meeting from the items still open, hold it, close two items, add one, and find the rest at the
 * meeting after.
 */
class FollowUpLoopTest {

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
    void openItemsRollForwardUntilTheyAreClosed() {
        Preparation preparation = s.preparation().prepare();
        long nextId = preparation.nextMeeting().id();
        MeetingFile next = s.meetings().load(nextId);
        List<ActionItem> open = next.openCarriedItems();
        assertThat(open).hasSize(preparation.openCount()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(next.agenda().get(0).followUp()).isTrue();

        // The meeting is held: two items are done, one is decided.
        Meeting m = next.meeting();
        s.meetings().update(m.id(), m.version(), new MeetingDraft(m.groupId(), m.title(), m.startsAt(), m.endsAt(),
                m.place(), null, MeetingStatus.HELD, null, List.of()));
        s.followUp().close(open.subList(0, 2), ActionItemStatus.DONE, s.meetings().load(nextId).meeting());
        s.followUp().addItem(nextId, new ActionItemDraft("Envoyer le compte rendu aux membres", null, null,
                LocalDate.of(2027, 1, 15), null, null));

        MeetingFile held = s.meetings().load(nextId);
        assertThat(held.carriedItems()).filteredOn(i -> i.status() == ActionItemStatus.DONE).hasSize(2)
                .allSatisfy(i -> {
                    assertThat(i.closedInMeetingId()).isEqualTo(nextId);
                    assertThat(i.closedOn()).isEqualTo(LocalDate.of(2026, 11, 26)); // the meeting is still to come
                });

        // The meeting after finds the remaining ones and the new one, not the two closed.
        long after = s.meetings().create(new MeetingDraft(m.groupId(), "Réunion de mars 2027",
                LocalDateTime.of(2027, 3, 18, 14, 0), null, null, null, MeetingStatus.PLANNED, null, List.of()),
                List.of());
        List<String> rolled = s.meetings().load(after).openCarriedItems().stream().map(ActionItem::title).toList();
        assertThat(rolled).contains("Envoyer le compte rendu aux membres")
                .doesNotContain(open.get(0).title(), open.get(1).title())
                .containsAll(open.subList(2, open.size()).stream().map(ActionItem::title).toList())
                .hasSize(open.size() - 2 + 1);
        assertThat(s.meetings().load(after).agenda().get(0).title()).isEqualTo("Suivi des actions");
    }

    @Test
    void anOldMeetingStillShowsWhatWasOpenThenAndWhatItClosed() {
        MeetingSummary november2007 = s.meetings().list().stream()
                .filter(x -> x.startsAt().toLocalDate().equals(LocalDate.of(2007, 11, 22))).findFirst().orElseThrow();
        MeetingFile f = s.meetings().load(november2007.id());
        assertThat(f.carriedItems()).anyMatch(i -> i.title().startsWith("Relire les neuf portraits") && i.status()
                == ActionItemStatus.DONE && i.closedOn().equals(LocalDate.of(2008, 1, 17)));
        assertThat(f.carriedItems()).anyMatch(i -> i.closedInMeetingId() != null && i.closedInMeetingId() == f.meeting().id());
        assertThat(f.carriedItems()).noneMatch(i -> i.title().startsWith("Proposer une liste d’initiatives"));
    }

    @Test
    void overdueItemsAreThoseStillOpenAfterTheirDueDate() {
        LocalDate today = s.meetings().today();
        assertThat(s.followUp().openItems()).allMatch(ActionItem::open)
                .filteredOn(i -> i.overdue(today)).isNotEmpty()
                .allMatch(i -> i.dueDate().isBefore(today));
    }

    @Test
    void theCalendarSequenceGrowsOnlyWithChangesCalendarsMustSee() {
        long id = s.meetings().next().orElseThrow().id();
        Meeting m = s.meetings().load(id).meeting();
        MeetingDraft same = MeetingDraft.of(m, List.of());
        s.meetings().update(id, m.version(), same);
        Meeting unchanged = s.meetings().load(id).meeting();
        assertThat(unchanged.icsSequence()).isEqualTo(m.icsSequence());
        s.meetings().update(id, unchanged.version(), new MeetingDraft(m.groupId(), m.title(), m.startsAt().plusHours(1),
                m.endsAt().plusHours(1), m.place(), null, m.status(), null, List.of()));
        Meeting moved = s.meetings().load(id).meeting();
        assertThat(moved.icsSequence()).isEqualTo(m.icsSequence() + 1);
        assertThat(moved.icsUid()).isEqualTo(m.icsUid());
    }

    @Test
    void aSaveOnAStaleVersionIsRefusedAndChangesNothing() {
        long id = s.meetings().next().orElseThrow().id();
        Meeting m = s.meetings().load(id).meeting();
        s.meetings().update(id, m.version(), new MeetingDraft(m.groupId(), "Titre changé", m.startsAt(), m.endsAt(),
                m.place(), null, m.status(), null, List.of()));
        assertThatThrownBy(() -> s.meetings().update(id, m.version(), MeetingDraft.of(m, List.of())))
                .isInstanceOf(StaleDataException.class);
        assertThat(s.meetings().load(id).meeting().title()).isEqualTo("Titre changé");
    }

    @Test
    void badInputIsRefusedInPlainWords() {
        Meeting m = s.meetings().load(s.meetings().next().orElseThrow().id()).meeting();
        assertThatThrownBy(() -> s.meetings().update(m.id(), m.version(), new MeetingDraft(m.groupId(), " ",
                m.startsAt(), null, null, null, m.status(), null, List.of())))
                .isInstanceOf(BadInputException.class).hasMessage("meetings.error.title");
        assertThatThrownBy(() -> s.meetings().update(m.id(), m.version(), new MeetingDraft(m.groupId(), "x",
                m.startsAt(), m.startsAt().minusHours(1), null, null, m.status(), null, List.of())))
                .hasMessage("meetings.error.end");
        Invitee someone = s.meetings().load(m.id()).invitees().get(0);
        assertThatThrownBy(() -> s.attendance().set(List.of(someone), Attendance.REPRESENTED, null))
                .hasMessage("meetings.error.representedBy");
        assertThatThrownBy(() -> s.meetings().resolve("la prochaine"))
                .isInstanceOf(BadInputException.class);
        AgendaItem followUp = s.meetings().load(m.id()).agenda().get(0);
        assertThatThrownBy(() -> s.agenda().remove(followUp)).hasMessage("meetings.error.followUpKept");
    }

    @Test
    void agendaPointsAreReorderedAndAttendanceIsRecorded() {
        MeetingFile f = s.meetings().load(s.meetings().next().orElseThrow().id());
        long last = f.agenda().get(f.agenda().size() - 1).id();
        s.agenda().reorder(f.meeting().id(), AgendaService.moved(f.agenda(), last, -10));
        List<AgendaItem> agenda = s.meetings().load(f.meeting().id()).agenda();
        assertThat(agenda.get(0).id()).isEqualTo(last);
        assertThat(agenda).extracting(AgendaItem::rank).containsExactly(1, 2, 3, 4);

        Invitee first = f.invitees().get(0);
        Invitee other = f.invitees().get(1);
        s.attendance().set(List.of(first), Attendance.PRESENT, null);
        s.attendance().set(List.of(other), Attendance.REPRESENTED, first.contactId());
        MeetingFile after = s.meetings().load(f.meeting().id());
        assertThat(after.invitees().get(1).representedByName()).isEqualTo(first.contactName());
        assertThat(AttendanceService.byOrganisation(after.invitees()))
                .containsEntry(first.organisationLabel(), Attendance.PRESENT)
                .containsEntry(other.organisationLabel(), Attendance.REPRESENTED);
    }

    @Test
    void attendanceRatesCountHeldMeetingsPerYear() {
        long group = s.meetings().next().orElseThrow().groupId();
        List<AttendanceRate> rates = s.attendance().rates(group);
        AttendanceRate urei = rates.stream().filter(r -> r.organisation().equals("UREI")).findFirst().orElseThrow();
        assertThat(urei.byYear()).containsKeys(2007, 2008, 2009);
        assertThat(urei.byYear().get(2009).attended()).isZero();
        assertThat(urei.total().rate()).isLessThan(0.7);
        AttendanceRate ardes = rates.stream().filter(r -> r.organisation().equals("ARDES")).findFirst().orElseThrow();
        assertThat(ardes.total().rate()).isEqualTo(1.0);
    }

    @Test
    void theDecisionRegisterIsSearchedAcrossMeetingsWithoutCaringForAccents() {
        assertThat(s.followUp().searchDecisions("fabrique")).isNotEmpty()
                .allMatch(d -> d.meetingStart().toLocalDate().equals(LocalDate.of(2008, 7, 17)));
        assertThat(s.followUp().searchDecisions("BROCHURE").size()).isGreaterThanOrEqualTo(3);
        assertThat(s.followUp().searchDecisions("sera cree")).anyMatch(d -> d.text().contains("sera créé"));
        assertThat(s.followUp().searchDecisions("")).hasSizeGreaterThan(15);
    }
}
