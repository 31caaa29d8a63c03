package fr.cress.relais.meetings;

import fr.cress.relais.common.error.AppException;
import fr.cress.relais.common.error.BadInputException;
import fr.cress.relais.common.feature.Core;
import fr.cress.relais.common.text.Formats;
import fr.cress.relais.db.StaleDataException;
import org.jooq.DSLContext;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Meetings: list, read a whole meeting, create one (with its « Suivi des actions » point and the current
 * members' representatives as invitees), change it (the calendar sequence grows when calendars must see
 * the change), delete it.
 */
public final class MeetingService {

    private final Core core;

    public MeetingService(Core core) {
        this.core = core;
    }

    /** The store and services this one runs on (the conflict dialog reads the history through it). */
    public Core core() {
        return core;
    }

    public LocalDateTime now() {
        return LocalDateTime.now(core.clock().withZone(Formats.PARIS));
    }

    public LocalDate today() {
        return now().toLocalDate();
    }

    public List<MeetingSummary> list() {
        return new MeetingRepository(core.dsl()).list();
    }

    /**
     * The first rows of {@link #list()} in the order the list shows them at {@code now} (upcoming first), with
     * the number of meetings: what shows while the whole list is read.
     */
    public ListPage firstPage(LocalDateTime now, int limit) {
        MeetingRepository meetings = new MeetingRepository(core.dsl());
        List<MeetingSummary> rows = meetings.firstPage(now, limit);
        return new ListPage(rows, rows.size() < limit ? rows.size() : meetings.count());
    }

    /** The first rows of the list and the number of all its rows; {@code rows.size() == total}: the whole list. */
    public record ListPage(List<MeetingSummary> rows, int total) {
        public boolean whole() {
            return rows.size() == total;
        }
    }

    /** What the meeting form offers: groups and joint actions. */
    public Choices choices() {
        DirectoryRepository directory = new DirectoryRepository(core.dsl());
        return new Choices(directory.groups(), directory.jointActions());
    }

    /** Every organisation and person of the directory, for the dialogs that pick one. */
    public Picks picks() {
        DirectoryRepository directory = new DirectoryRepository(core.dsl());
        return new Picks(directory.organisations(), directory.people());
    }

    /** The whole meeting; a meeting deleted meanwhile is reported in plain words. */
    public MeetingFile load(long id) {
        return load(core.dsl(), id);
    }

    static MeetingFile load(DSLContext dsl, long id) {
        Meeting m = new MeetingRepository(dsl).find(id)
                .orElseThrow(() -> new AppException("meetings.error.gone"));
        List<Long> family = m.adHoc() ? List.of() : new DirectoryRepository(dsl).family(m.groupId());
        List<Invitee> invitees = new InviteeRepository(dsl).list(id).stream()
                .sorted(Comparator.comparing(Invitee::organisationKey, Formats.frenchOrder())
                        .thenComparing(Invitee::personName, Formats.frenchOrder()))
                .toList();
        ActionItemRepository items = new ActionItemRepository(dsl);
        return new MeetingFile(m, new MeetingRepository(dsl).linkedActions(id), new AgendaRepository(dsl).list(id),
                invitees, new DecisionRepository(dsl).ofMeeting(id), items.ofMeeting(id),
                items.carriedInto(id, family, m.adHoc(), m.startsAt(), m.date()));
    }

    /** Creates a meeting with its « Suivi des actions » point, {@code extraItems}, and its default invitees. */
    public long create(MeetingDraft draft, List<AgendaItemDraft> extraItems) {
        MeetingDraft d = checked(draft);
        String followUp = core.i18n().t("meetings.agenda.followUp");
        return core.store().transaction(dsl -> insert(dsl, d, UUID.randomUUID() + "@relais", followUp, extraItems,
                Attendance.UNKNOWN));
    }

    /**
     * Inserts a checked meeting: the « Suivi des actions » point first, then {@code extraItems}; the group's
     * members' representatives on the meeting's day are invited with {@code attendance}.
     */
    static long insert(DSLContext dsl, MeetingDraft d, String icsUid, String followUpTitle,
                       List<AgendaItemDraft> extraItems, Attendance attendance) {
        MeetingRepository meetings = new MeetingRepository(dsl);
        long id = meetings.insert(d, icsUid);
        meetings.setLinkedActions(id, d.actionIds());
        AgendaRepository agenda = new AgendaRepository(dsl);
        agenda.insert(id, 1, new AgendaItemDraft(followUpTitle, null, 15, null), true);
        int rank = 2;
        for (AgendaItemDraft item : extraItems) {
            agenda.insert(id, rank++, item, false);
        }
        if (d.groupId() != null) {
            InviteeRepository invitees = new InviteeRepository(dsl);
            new DirectoryRepository(dsl).representatives(d.groupId(), d.startsAt().toLocalDate())
                    .forEach(r -> invitees.insert(id, r.organisationId(), r.contactId(), attendance));
        }
        return id;
    }

    /** Saves the meeting read at {@code version}; the calendar sequence grows when time, place or status change. */
    public void update(long id, int version, MeetingDraft draft) {
        MeetingDraft d = checked(draft);
        core.store().transaction(dsl -> {
            MeetingRepository meetings = new MeetingRepository(dsl);
            Meeting before = meetings.find(id).orElseThrow(() -> new AppException("meetings.error.gone"));
            int sequence = before.icsSequence() + (mattersForCalendars(before, d) ? 1 : 0);
            StaleDataException.check(meetings.update(id, version, d, sequence), entity());
            meetings.setLinkedActions(id, d.actionIds());
            return null;
        });
    }

    public void delete(long id, int version) {
        core.store().transaction(dsl -> {
            StaleDataException.check(new MeetingRepository(dsl).delete(id, version), entity());
            return null;
        });
    }

    /** The next meeting still to come (not cancelled). */
    public Optional<MeetingSummary> next() {
        return new MeetingRepository(core.dsl()).next(now());
    }

    /** The latest meeting that has started (not cancelled). */
    public Optional<MeetingSummary> last() {
        return new MeetingRepository(core.dsl()).last(now());
    }

    /** « 12 », « next » or « last », as typed on the command line. */
    public long resolve(String selector) {
        String s = selector == null ? "" : selector.strip().toLowerCase();
        Optional<Long> id = switch (s) {
            case "next" -> next().map(MeetingSummary::id);
            case "last" -> last().map(MeetingSummary::id);
            default -> s.matches("\\d{1,18}") ? Optional.of(Long.parseLong(s))
                    .filter(n -> new MeetingRepository(core.dsl()).find(n).isPresent()) : Optional.empty();
        };
        return id.orElseThrow(() -> new BadInputException("meetings.error.noMeeting", selector));
    }

    /**
     * A new meeting three weeks from today, 14 h – 16 h 30, where the group's last meeting was held. Without
     * {@code groupId}: the group of the last meeting, else the first group.
     */
    public MeetingDraft proposal(Long groupId) {
        LocalDateTime start = today().plusWeeks(3).atTime(14, 0);
        List<Refs.Group> groups = new DirectoryRepository(core.dsl()).groups();
        Long id = groupId != null ? groupId : last().map(MeetingSummary::groupId)
                .orElse(groups.stream().filter(g -> g.parentId() == null).map(Refs.Group::id).findFirst().orElse(null));
        Optional<Refs.Group> group = groups.stream().filter(g -> Objects.equals(g.id(), id)).findFirst();
        String title = group.map(g -> core.i18n().t("meetings.new.groupTitle", g.name()))
                .orElse(core.i18n().t("meetings.new.title"));
        String place = list().stream().filter(m -> Objects.equals(m.groupId(), id))
                .map(MeetingSummary::place).filter(Objects::nonNull).reduce((a, b) -> b).orElse(null);
        return new MeetingDraft(group.map(Refs.Group::id).orElse(null), title, start, start.plusMinutes(150), place,
                null, MeetingStatus.PLANNED, null, List.of());
    }

    private static boolean mattersForCalendars(Meeting m, MeetingDraft d) {
        return !Objects.equals(m.title(), d.title()) || !Objects.equals(m.startsAt(), d.startsAt())
                || !Objects.equals(m.endsAt(), d.endsAt()) || !Objects.equals(m.place(), d.place())
                || !Objects.equals(m.videoLink(), d.videoLink()) || m.status() != d.status();
    }

    static MeetingDraft checked(MeetingDraft d) {
        String title = blankToNull(d.title());
        if (title == null) {
            throw new BadInputException("meetings.error.title");
        }
        if (d.startsAt() == null) {
            throw new BadInputException("meetings.error.start");
        }
        if (d.endsAt() != null && !d.endsAt().isAfter(d.startsAt())) {
            throw new BadInputException("meetings.error.end");
        }
        String link = blankToNull(d.videoLink());
        if (link != null && !link.matches("(?i)https?://\\S+")) {
            throw new BadInputException("meetings.error.link");
        }
        return new MeetingDraft(d.groupId(), title, d.startsAt().withSecond(0).withNano(0),
                d.endsAt() == null ? null : d.endsAt().withSecond(0).withNano(0), blankToNull(d.place()), link,
                d.status(), blankToNull(d.notes()), d.actionIds());
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private String entity() {
        return core.i18n().t("meetings.entity.meeting");
    }
}
