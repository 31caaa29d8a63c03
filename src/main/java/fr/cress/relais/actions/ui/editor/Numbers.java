package fr.cress.relais.actions.ui.editor;

import fr.cress.relais.common.text.Formats;

import java.math.BigDecimal;

/** Numbers as typed in French (« 3 000 », « 1 234,5 ») and back; blank means no value. */
final class Numbers {

    private Numbers() {
    }

    /** Parses a French number; null when blank. Throws NumberFormatException on anything else. */
    static BigDecimal parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String cleaned = text.replaceAll("[\\s\\u00A0\\u202F€]", "").replace(',', '.');
        return new BigDecimal(cleaned);
    }

    /** Parses a year (« 2008 »); null when blank. */
    static Integer parseYear(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Integer.valueOf(text.strip());
    }

    static String format(BigDecimal value) {
        return value == null ? "" : Formats.number(value);
    }

    static String format(Integer year) {
        return year == null ? "" : year.toString();
    }

    static boolean valid(String text) {
        try {
            parse(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    static boolean validYear(String text) {
        try {
            parseYear(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
