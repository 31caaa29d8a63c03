package fr.cress.relais.meetings;

import fr.cress.relais.common.feature.Core;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.text.Formats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Gathers what the coordinator needs to prepare the next meeting of the group. */
public final class PreparationService {

    /** How far ahead joint actions are looked at. */
    static final int MONTHS_AHEAD = 4;
    /** How many of the last meetings a member must have missed in a row to be listed. */
    static final int MISSED_IN_A_ROW = 2;

    private final Core core;
    private final MeetingService meetings;

    public PreparationService(Core core, MeetingService meetings) {
        this.core = core;
        this.meetings = meetings;
    }

    public Preparation prepare() {
        LocalDate today = meetings.today();
        Optional<MeetingSummary> next = meetings.next();
        Optional<MeetingFile> nextFile = next.map(n -> meetings.load(n.id()));
        Refs.Group group = group(nextFile);
        DirectoryRepository directory = new DirectoryRepository(core.dsl());
        List<Refs.JointAction> upcoming = directory.jointActionsDated(today, today.plusMonths(MONTHS_AHEAD));
        List<ActionItem> open = nextFile.map(MeetingFile::openCarriedItems).orElseGet(() -> openOf(group));
        List<Preparation.AgendaLine> agenda = nextFile.map(PreparationService::agendaOf)
                .orElseGet(() -> proposedAgenda(core.i18n(), upcoming));
        return new Preparation(today, next.orElse(null), group, agenda, byOwner(open),
                upcoming, group == null ? List.of() : absentees(group.id(), today));
    }

    /** The points to create with a new meeting when none is planned (the follow-up point comes by itself). */
    public static List<AgendaItemDraft> extraPoints(Preparation p) {
        return p.draftAgenda().stream().filter(l -> !l.followUp())
                .map(l -> new AgendaItemDraft(l.title(), null, l.durationMinutes(), null)).toList();
    }

    /** The group of the next meeting, else of the last one, else the first group. */
    private Refs.Group group(Optional<MeetingFile> next) {
        List<Refs.Group> groups = new DirectoryRepository(core.dsl()).groups();
        Long id = next.map(f -> f.meeting().groupId())
                .orElseGet(() -> meetings.last().map(MeetingSummary::groupId).orElse(null));
        return groups.stream().filter(g -> id != null && g.id() == id).findFirst()
                .orElse(groups.stream().filter(g -> g.parentId() == null).findFirst().orElse(null));
    }

    private List<ActionItem> openOf(Refs.Group group) {
        if (group == null) {
            return new FollowUpService(core, meetings).openItems();
        }
        return new ActionItemRepository(core.dsl()).openIn(new DirectoryRepository(core.dsl()).family(group.id()));
    }

    private static List<Preparation.AgendaLine> agendaOf(MeetingFile f) {
        return f.agenda().stream().map(a -> new Preparation.AgendaLine(a.title(), a.presenterName(),
                a.durationMinutes(), a.followUp())).toList();
    }

    static List<Preparation.AgendaLine> proposedAgenda(I18n i18n, List<Refs.JointAction> upcoming) {
        List<Preparation.AgendaLine> lines = new ArrayList<>();
        lines.add(new Preparation.AgendaLine(i18n.t("meetings.agenda.followUp"), null, 15, true));
        upcoming.stream().limit(5).forEach(a -> lines.add(
                new Preparation.AgendaLine(i18n.t("meetings.prepare.pointOn", a.title()), null, 20, false)));
        lines.add(new Preparation.AgendaLine(i18n.t("meetings.prepare.otherBusiness"), null, 10, false));
        return lines;
    }

    static List<Preparation.OwnerItems> byOwner(List<ActionItem> items) {
        Map<String, List<ActionItem>> grouped = new TreeMap<>(Formats.frenchOrder());
        items.forEach(i -> grouped.computeIfAbsent(i.owner(), k -> new ArrayList<>()).add(i));
        return grouped.entrySet().stream()
                .map(e -> new Preparation.OwnerItems(e.getKey(), e.getValue().stream()
                        .sorted(Comparator.comparing(ActionItem::dueDate, Comparator.nullsLast(Comparator.naturalOrder())))
                        .toList()))
                .toList();
    }

    /** Current members whose every one of the last two held meetings of the group was missed (excused or absent). */
    private List<Preparation.Absentee> absentees(long groupId, LocalDate today) {
        List<Meeting> held = new MeetingRepository(core.dsl())
                .earlier(List.of(groupId), false, meetings.now()).stream()
                .filter(m -> m.status() == MeetingStatus.HELD).limit(MISSED_IN_A_ROW).toList();
        if (held.size() < MISSED_IN_A_ROW) {
            return List.of();
        }
        InviteeRepository invitees = new InviteeRepository(core.dsl());
        Map<Long, List<Invitee>> byMeeting = new LinkedHashMap<>();
        held.forEach(m -> byMeeting.put(m.id(), invitees.list(m.id())));
        List<Preparation.Absentee> result = new ArrayList<>();
        for (Refs.Organisation org : new DirectoryRepository(core.dsl()).members(groupId, today)) {
            List<Preparation.Absence> absences = new ArrayList<>();
            for (Meeting m : held) {
                attendanceOf(byMeeting.get(m.id()), org.id())
                        .filter(Attendance::missed)
                        .ifPresent(a -> absences.add(new Preparation.Absence(m.date(), a)));
            }
            if (absences.size() == held.size()) {
                result.add(new Preparation.Absentee(org.name(), absences));
            }
        }
        return result;
    }

    private static Optional<Attendance> attendanceOf(List<Invitee> invitees, long organisationId) {
        return invitees.stream().filter(i -> i.organisationId() != null && i.organisationId() == organisationId)
                .map(Invitee::attendance).reduce(AttendanceService::better);
    }
}
