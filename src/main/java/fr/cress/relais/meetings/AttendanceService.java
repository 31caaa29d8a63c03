package fr.cress.relais.meetings;

import fr.cress.relais.common.error.BadInputException;
import fr.cress.relais.common.feature.Core;
import fr.cress.relais.common.text.Formats;
import fr.cress.relais.db.StaleDataException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/** Invitations and attendance: who is invited, who came, and how often each organisation comes. */
public final class AttendanceService {

    private final Core core;

    public AttendanceService(Core core) {
        this.core = core;
    }

    /** Records the same attendance for several invitees at once (all or nothing). */
    public void set(List<Invitee> invitees, Attendance attendance, Long representedBy) {
        if (attendance == Attendance.REPRESENTED && representedBy == null) {
            throw new BadInputException("meetings.error.representedBy");
        }
        core.store().transaction(dsl -> {
            InviteeRepository repository = new InviteeRepository(dsl);
            for (Invitee i : invitees) {
                StaleDataException.check(repository.setAttendance(i.id(), i.version(), attendance, representedBy),
                        entity());
            }
            return null;
        });
    }

    /** Invites the representatives of the group's members who are not invited yet; returns how many. */
    public int inviteMembers(long meetingId) {
        return core.store().transaction(dsl -> {
            MeetingFile file = MeetingService.load(dsl, meetingId);
            if (file.meeting().adHoc()) {
                return 0;
            }
            Set<Long> invited = new HashSet<>();
            file.invitees().stream().map(Invitee::contactId).filter(Objects::nonNull).forEach(invited::add);
            InviteeRepository repository = new InviteeRepository(dsl);
            int added = 0;
            for (Refs.Representative r : new DirectoryRepository(dsl)
                    .representatives(file.meeting().groupId(), file.meeting().date())) {
                if (invited.add(r.contactId())) {
                    repository.insert(meetingId, r.organisationId(), r.contactId(), Attendance.UNKNOWN);
                    added++;
                }
            }
            return added;
        });
    }

    /** Invites a person of the directory (with their organisation) or, when given no person, an organisation. */
    public void invite(long meetingId, Long organisationId, Long contactId) {
        if (organisationId == null && contactId == null) {
            throw new BadInputException("meetings.error.inviteWho");
        }
        core.store().transaction(dsl -> new InviteeRepository(dsl)
                .insert(meetingId, organisationId, contactId, Attendance.UNKNOWN));
    }

    /** Invites someone outside the directory, e.g. a representative of the State. */
    public void inviteGuest(long meetingId, String name, String organisation, String email) {
        String guest = MeetingService.blankToNull(name);
        if (guest == null) {
            throw new BadInputException("meetings.error.guestName");
        }
        String mail = MeetingService.blankToNull(email);
        if (mail != null && !mail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new BadInputException("meetings.error.email", mail);
        }
        core.store().transaction(dsl -> new InviteeRepository(dsl)
                .insertGuest(meetingId, null, guest, MeetingService.blankToNull(organisation), mail));
    }

    public void remove(List<Invitee> invitees) {
        core.store().transaction(dsl -> {
            InviteeRepository repository = new InviteeRepository(dsl);
            invitees.forEach(i -> StaleDataException.check(repository.delete(i.id(), i.version()), entity()));
            return null;
        });
    }

    /** The attendance of each organisation over the held meetings of {@code groupId} (and its sub-groups). */
    public List<AttendanceRate> rates(long groupId) {
        List<Long> family = new DirectoryRepository(core.dsl()).family(groupId);
        Map<Long, Map<Long, Attendance>> byOrganisation = new LinkedHashMap<>();
        Map<Long, InviteeRepository.AttendanceRow> first = new LinkedHashMap<>();
        Map<Long, Integer> yearOfMeeting = new LinkedHashMap<>();
        for (var row : new InviteeRepository(core.dsl()).heldAttendance(family)) {
            first.putIfAbsent(row.organisationId(), row);
            yearOfMeeting.put(row.meetingId(), row.startsAt().getYear());
            byOrganisation.computeIfAbsent(row.organisationId(), k -> new LinkedHashMap<>())
                    .merge(row.meetingId(), row.attendance(), AttendanceService::better);
        }
        List<AttendanceRate> rates = new ArrayList<>();
        byOrganisation.forEach((org, meetings) -> {
            TreeMap<Integer, AttendanceRate.Ratio> years = new TreeMap<>();
            AttendanceRate.Ratio total = new AttendanceRate.Ratio(0, 0);
            for (var e : meetings.entrySet()) {
                boolean came = e.getValue().attended();
                years.merge(yearOfMeeting.get(e.getKey()), new AttendanceRate.Ratio(came ? 1 : 0, 1),
                        (a, b) -> new AttendanceRate.Ratio(a.attended() + b.attended(), a.invited() + b.invited()));
                total = total.plus(came);
            }
            rates.add(new AttendanceRate(org, first.get(org).organisationName(), years, total));
        });
        rates.sort(Comparator.comparing(AttendanceRate::organisation, Formats.frenchOrder()));
        return rates;
    }

    /** An organisation's attendance in one meeting: the best of its people's (present beats excused). */
    public static Map<String, Attendance> byOrganisation(List<Invitee> invitees) {
        Map<String, Attendance> result = new TreeMap<>(Formats.frenchOrder());
        invitees.forEach(i -> result.merge(i.organisationKey(), i.attendance(), AttendanceService::better));
        return result;
    }

    static Attendance better(Attendance a, Attendance b) {
        return rank(a) >= rank(b) ? a : b;
    }

    private static int rank(Attendance a) {
        return switch (a) {
            case PRESENT -> 4;
            case REPRESENTED -> 3;
            case EXCUSED -> 2;
            case ABSENT -> 1;
            case UNKNOWN -> 0;
        };
    }

    private String entity() {
        return core.i18n().t("meetings.entity.invitee");
    }
}
