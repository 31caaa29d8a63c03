package fr.cress.relais.common.text;

import java.math.BigDecimal;
import java.text.Collator;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Locale;

/**
 * French display formats: dates 26/11/2026, times 14:30 in tables and 14 h 30 in prose, numbers 3 000,
 * amounts 1 234,56 €, percentages 75 % (narrow no-break spaces), and a French collator for sorting
 * (accents and case ignored: Écouché sorts with E).
 */
public final class Formats {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** Narrow no-break space, before % € : ; ! ? and as thousands separator. */
    public static final char NNBSP = '\u202F';

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRANCE);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.FRANCE);

    private Formats() {
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public static String dateTime(LocalDateTime dateTime) {
        return dateTime == null ? "" : DATE.format(dateTime) + " " + TIME.format(dateTime);
    }

    public static String time(LocalTime time) {
        return time == null ? "" : TIME.format(time);
    }

    /** 14 h 30, 9 h (for prose). */
    public static String timeProse(LocalTime time) {
        if (time == null) {
            return "";
        }
        return time.getMinute() == 0
                ? time.getHour() + "\u00A0h"
                : time.getHour() + "\u00A0h\u00A0" + String.format("%02d", time.getMinute());
    }

    public static String integer(long value) {
        return group(Long.toString(Math.abs(value)), value < 0);
    }

    /** A number with up to two decimals, French style: 3 000 or 1 234,5. */
    public static String number(BigDecimal value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(Locale.FRANCE);
        format.setMaximumFractionDigits(2);
        return normaliseSpaces(format.format(value));
    }

    public static String amount(BigDecimal value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(Locale.FRANCE);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return normaliseSpaces(format.format(value)) + NNBSP + "€";
    }

    /** 0.75 -> 75 %. */
    public static String percent(double ratio) {
        if (Double.isNaN(ratio) || Double.isInfinite(ratio)) {
            return "";
        }
        return integer(Math.round(ratio * 100)) + NNBSP + "%";
    }

    public static Collator collator() {
        Collator collator = Collator.getInstance(Locale.FRANCE);
        collator.setStrength(Collator.PRIMARY);
        return collator;
    }

    /** Sorts texts the French way; nulls last. */
    public static Comparator<String> frenchOrder() {
        Collator collator = collator();
        return Comparator.nullsLast((a, b) -> collator.compare(a, b));
    }

    /**
     * {@code items} sorted the French way by {@code label} (nulls last), in the same order as
     * {@link #frenchOrder()} gives, each label's collation key computed once: for long lists.
     */
    public static <T> java.util.List<T> inFrenchOrder(java.util.List<T> items, java.util.function.Function<T, String> label) {
        Collator collator = collator();
        record Keyed<T>(java.text.CollationKey key, T item) {
        }
        return items.stream().map(i -> {
                    String text = label.apply(i);
                    return new Keyed<>(text == null ? null : collator.getCollationKey(text), i);
                })
                .sorted(Comparator.comparing(Keyed::key, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(Keyed::item).toList();
    }

    private static String group(String digits, boolean negative) {
        StringBuilder out = new StringBuilder();
        int first = digits.length() % 3;
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (i - first) % 3 == 0) {
                out.append(NNBSP);
            }
            out.append(digits.charAt(i));
        }
        return (negative ? "-" : "") + out;
    }

    private static String normaliseSpaces(String formatted) {
        return formatted.replace('\u00A0', NNBSP);
    }
}
