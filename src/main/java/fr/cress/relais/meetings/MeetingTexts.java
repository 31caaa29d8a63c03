package fr.cress.relais.meetings;

import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.text.Formats;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How meetings read in prose: « jeudi 17 juillet 2008, 14 h – 17 h », « 1 h 30 », « représenté par … ». */
public final class MeetingTexts {

    private final I18n i18n;
    private final DateTimeFormatter longDate;

    public MeetingTexts(I18n i18n) {
        this.i18n = i18n;
        this.longDate = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", i18n.locale());
    }

    public I18n i18n() {
        return i18n;
    }

    public String longDate(LocalDate date) {
        return date == null ? "" : longDate.format(date);
    }

    public String time(LocalTime time) {
        return french() ? Formats.timeProse(time) : Formats.time(time);
    }

    /** « jeudi 17 juillet 2008, 14 h – 17 h ». */
    public String when(Meeting m) {
        return when(m.startsAt(), m.endsAt());
    }

    public String when(LocalDateTime start, LocalDateTime end) {
        String day = longDate(start.toLocalDate());
        if (end == null) {
            return i18n.t("meetings.when.start", day, time(start.toLocalTime()));
        }
        return i18n.t("meetings.when.range", day, time(start.toLocalTime()), time(end.toLocalTime()));
    }

    /** The place, the video link, or both. */
    public String where(Meeting m) {
        boolean place = m.place() != null && !m.place().isBlank();
        boolean link = m.videoLink() != null && !m.videoLink().isBlank();
        if (place && link) {
            return i18n.t("meetings.where.both", m.place(), m.videoLink());
        }
        if (link) {
            return i18n.t("meetings.where.video", m.videoLink());
        }
        return place ? m.place() : i18n.t("meetings.where.none");
    }

    /** « 1 h 30 », « 45 min ». */
    public String duration(Integer minutes) {
        if (minutes == null || minutes <= 0) {
            return "";
        }
        int h = minutes / 60;
        int min = minutes % 60;
        if (h == 0) {
            return i18n.t("meetings.duration.minutes", min);
        }
        return min == 0 ? i18n.t("meetings.duration.hours", h)
                : i18n.t("meetings.duration.hoursMinutes", h, String.format(Locale.ROOT, "%02d", min));
    }

    /** « Présent », « Représenté par Vincent Leroy »… */
    public String attendance(Invitee invitee) {
        if (invitee.attendance() == Attendance.REPRESENTED && invitee.representedByName() != null) {
            return i18n.t("meetings.attendance.representedBy", invitee.representedByName());
        }
        return i18n.label(invitee.attendance());
    }

    /** « Faite le 12/06/2008 », « Ouverte »… */
    public String status(ActionItem item) {
        if (item.open() || item.closedOn() == null) {
            return i18n.label(item.status());
        }
        return i18n.t("meetings.itemStatus.closedOn", i18n.label(item.status()), Formats.date(item.closedOn()));
    }

    /**
     * The status as it stood at a meeting held on {@code day}: closed there or before, else open — « en retard »
     * when the due date had passed. Minutes record the meeting, not what happened after.
     */
    public String statusAt(ActionItem item, LocalDate day, long meetingId) {
        if (!item.openAt(day, meetingId)) {
            return status(item);
        }
        return item.dueDate() != null && item.dueDate().isBefore(day) ? i18n.t("meetings.itemStatus.overdue")
                : i18n.label(ActionItemStatus.OPEN);
    }

    private boolean french() {
        return Locale.FRENCH.getLanguage().equals(i18n.locale().getLanguage());
    }
}
