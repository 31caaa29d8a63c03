package fr.cress.relais.meetings.export;

import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.text.Formats;
import fr.cress.relais.meetings.AgendaItem;
import fr.cress.relais.meetings.Invitee;
import fr.cress.relais.meetings.Meeting;
import fr.cress.relais.meetings.MeetingFile;
import fr.cress.relais.meetings.MeetingStatus;
import fr.cress.relais.meetings.MeetingTexts;
import fr.cress.relais.meetings.Refs;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.Daylight;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.CuType;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.TzName;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * The invitation as an iCalendar file (RFC 5545, method REQUEST of RFC 5546): the meeting in Europe/Paris
 * time with its time zone, the organiser, one attendee per invitee with an e-mail address, the meeting's
 * stable UID and its SEQUENCE, so that a later file updates the same event in the invitees' calendars.
 * A cancelled meeting is sent with method CANCEL.
 */
public final class IcsWriter {

    public static final String PRODUCT = "-//CRESS//Relais//FR";

    private final MeetingTexts texts;
    private final I18n i18n;

    public IcsWriter(MeetingTexts texts) {
        this.texts = texts;
        this.i18n = texts.i18n();
    }

    /** The .ics text; {@code stamp} is DTSTAMP (when the file was made). */
    public String write(MeetingFile f, Optional<Refs.Representative> organiser, Instant stamp) throws IOException {
        Meeting m = f.meeting();
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(m.status() == MeetingStatus.CANCELLED ? ImmutableMethod.CANCEL
                : organiser.isPresent() ? ImmutableMethod.REQUEST : ImmutableMethod.PUBLISH);
        calendar.add(paris());
        calendar.add(event(f, organiser, stamp));
        StringWriter out = new StringWriter();
        new CalendarOutputter(true).output(calendar, out);
        return out.toString();
    }

    private VEvent event(MeetingFile f, Optional<Refs.Representative> organiser, Instant stamp) {
        Meeting m = f.meeting();
        VEvent event = new VEvent(false);
        event.add(new DtStamp(stamp.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
        event.add(new Uid(m.icsUid()));
        event.add(new Sequence(m.icsSequence()));
        event.add(new DtStart<>(paris(m.startsAt())));
        event.add(new DtEnd<>(paris(m.endOrDefault())));
        event.add(new Summary(m.title()));
        if (m.place() != null || m.videoLink() != null) {
            event.add(new Location(m.place() != null ? m.place() : m.videoLink()));
        }
        uri(m.videoLink()).ifPresent(u -> event.add(new Url(u)));
        event.add(new Description(description(f)));
        event.add(m.status() == MeetingStatus.CANCELLED ? ImmutableStatus.VEVENT_CANCELLED
                : ImmutableStatus.VEVENT_CONFIRMED);
        organiser.ifPresent(o -> mailto(o.email()).ifPresent(u -> {
            Organizer org = new Organizer(u);
            org.add(new Cn(o.contactName()));
            event.add(org);
        }));
        for (Invitee i : f.invitees()) {
            mailto(i.email()).ifPresent(u -> event.add(attendee(u, i)));
        }
        return event;
    }

    private static Attendee attendee(URI mail, Invitee i) {
        Attendee attendee = new Attendee(mail);
        String name = i.personName().isEmpty() ? i.organisationLabel() : i.personName();
        if (!name.isEmpty()) {
            attendee.add(new Cn(name));
        }
        attendee.add(CuType.INDIVIDUAL);
        attendee.add(Role.REQ_PARTICIPANT);
        attendee.add(PartStat.NEEDS_ACTION);
        attendee.add(new Rsvp(true));
        return attendee;
    }

    private String description(MeetingFile f) {
        StringBuilder text = new StringBuilder();
        text.append(texts.when(f.meeting())).append('\n').append(texts.where(f.meeting())).append("\n\n");
        text.append(i18n.t("meetings.file.agendaHeading")).append('\n');
        for (AgendaItem item : f.agenda()) {
            text.append(item.rank()).append(". ").append(item.title());
            if (item.presenterName() != null) {
                text.append(" (").append(item.presenterName()).append(')');
            }
            text.append('\n');
        }
        return text.toString().strip();
    }

    /** Europe/Paris as calendars know it: CET in winter, CEST from the last Sunday of March to the last of October. */
    static VTimeZone paris() {
        VTimeZone zone = new VTimeZone();
        zone.add(new TzId(Formats.PARIS.getId()));
        Daylight summer = new Daylight();
        summer.add(new TzOffsetFrom(ZoneOffset.ofHours(1)));
        summer.add(new TzOffsetTo(ZoneOffset.ofHours(2)));
        summer.add(new TzName("CEST"));
        summer.add(new DtStart<>(LocalDateTime.of(1970, 3, 29, 2, 0)));
        summer.add(new RRule<>("FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"));
        Standard winter = new Standard();
        winter.add(new TzOffsetFrom(ZoneOffset.ofHours(2)));
        winter.add(new TzOffsetTo(ZoneOffset.ofHours(1)));
        winter.add(new TzName("CET"));
        winter.add(new DtStart<>(LocalDateTime.of(1970, 10, 25, 3, 0)));
        winter.add(new RRule<>("FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"));
        zone.add(summer);
        zone.add(winter);
        return zone;
    }

    private static ZonedDateTime paris(LocalDateTime local) {
        return local.atZone(Formats.PARIS);
    }

    private static Optional<URI> mailto(String email) {
        if (email == null || email.isBlank() || !email.contains("@")) {
            return Optional.empty();
        }
        try {
            return Optional.of(new URI("mailto", email.strip(), null));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static Optional<URI> uri(String link) {
        try {
            return link == null ? Optional.empty() : Optional.of(new URI(link.strip()));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
