package fr.cress.relais.partners;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as French partners write them: 26/11/2026, 26/11/26, 26-11-2026, 26.11.2026, 1/3/2007, and the
 * ISO form 2026-11-26 (what spreadsheets' date cells are read as). Two-digit years are 20xx unless that
 * would be more than ten years after {@code today}.
 */
public final class FrenchDates {

    private static final Pattern FRENCH = Pattern.compile("(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{2}|\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ].*)?");

    private FrenchDates() {
    }

    /** The date, or empty when the text is not a valid date (31/02/2026 is not). Blank text is no date. */
    public static Optional<LocalDate> parse(String text, LocalDate today) {
        String t = Texts.clean(text);
        if (t == null) {
            return Optional.empty();
        }
        try {
            Matcher iso = ISO.matcher(t);
            if (iso.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3))));
            }
            Matcher fr = FRENCH.matcher(t);
            if (fr.matches()) {
                int year = Integer.parseInt(fr.group(3));
                if (fr.group(3).length() == 2) {
                    year += 2000;
                    if (year > today.getYear() + 10) {
                        year -= 100;
                    }
                }
                return Optional.of(LocalDate.of(year, Integer.parseInt(fr.group(2)), Integer.parseInt(fr.group(1))));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
