package fr.cress.relais.exchange;

import fr.cress.relais.common.error.BadInputException;
import fr.cress.relais.common.text.Formats;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.property.DateProperty;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.List;

/** Reads an iCalendar file with ical4j and checks that every date of every component is readable and plausible. */
final class CalendarOpener {

    private static final List<String> DATES = List.of(Property.DTSTART, Property.DTEND, Property.DUE,
            Property.RECURRENCE_ID);
    private final FileLimits limits;

    CalendarOpener(FileLimits limits) {
        this.limits = limits;
    }

    Calendar read(Path file) {
        String name = FileGuard.name(file);
        Calendar calendar;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            calendar = new CalendarBuilder().build(in);
        } catch (ParserException e) {
            throw new BadInputException(e, List.of(), "safety.input.ics.malformed", name, Math.max(1, e.getLineNo()));
        } catch (IOException | RuntimeException e) {
            throw new BadInputException(e, List.of(), "safety.input.ics.malformed", name, 1);
        }
        for (Component component : calendar.getComponents()) {
            checkDates(component, name);
        }
        return calendar;
    }

    private static LocalDate day(Temporal date) {
        return date instanceof Instant instant ? LocalDate.ofInstant(instant, ZoneOffset.UTC) : LocalDate.from(date);
    }

    private void checkDates(Component component, String name) {
        String summary = component.getProperty(Property.SUMMARY).map(Property::getValue).orElse("—");
        for (String dateName : DATES) {
            for (Property property : component.getProperties(dateName)) {
                LocalDate day;
                try {
                    day = day(((DateProperty<?>) property).getDate());
                } catch (DateTimeException | ClassCastException | IllegalArgumentException e) {
                    throw new BadInputException(e, List.of(), "safety.input.ics.badDate", name, summary, property.getValue());
                }
                if (day.getYear() < limits.firstYear() || day.getYear() > limits.lastYear()) {
                    throw new BadInputException("safety.input.ics.dateOutOfRange", name, summary, Formats.date(day),
                            String.valueOf(limits.firstYear()), String.valueOf(limits.lastYear()));
                }
            }
        }
    }
}
