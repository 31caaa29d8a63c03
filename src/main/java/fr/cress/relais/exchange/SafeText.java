package fr.cress.relais.exchange;

/**
 * Text that a spreadsheet must never evaluate. OWASP's advice for CSV injection: a cell starting with
 * {@code = + - @}, a tab, a carriage return or a line feed is neutralised; so is one starting with the
 * full-width forms of those signs (＝ ＋ － ＠), which some spreadsheets read as the ordinary ones. DDE payloads
 * ({@code =cmd|' /C calc'!A0}, {@code @SUM(1+1)*cmd|...}, {@code =DDE(...)}) all start with one of them.
 */
public final class SafeText {

    private static final String TRIGGERS = "=+-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20";

    private SafeText() {
    }

    /** True when a spreadsheet could take this text for a formula. */
    public static boolean looksLikeFormula(String text) {
        return text != null && !text.isEmpty() && TRIGGERS.indexOf(text.charAt(0)) >= 0;
    }

    /**
     * For CSV files: prefixes a single quote to text a spreadsheet could evaluate, so that it shows as text
     * (« '=1+1 »); other text is returned as it is.
     */
    public static String forCsv(String text) {
        return looksLikeFormula(text) ? "'" + text : text;
    }
}
