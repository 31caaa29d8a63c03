package fr.cress.relais.exchange;

/**
 * Text that a spreadsheet must never evaluate. OWASP's advice for CSV injection: a cell starting with
 * {@code = + - @}, a tab, a carriage return or a line feed is neutralised.
 */
public final class SafeText {

    private SafeText() {
    }

    /** True when a spreadsheet could take this text for a formula. */
    public static boolean looksLikeFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\n';
    }

    /** For CSV files: prefixes a single quote to text a spreadsheet could evaluate. */
    public static String forCsv(String text) {
        return looksLikeFormula(text) ? "'" + text : text;
    }
}
