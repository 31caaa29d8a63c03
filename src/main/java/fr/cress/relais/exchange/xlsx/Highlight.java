package fr.cress.relais.exchange.xlsx;

/**
 * A conditional colour for {@link SheetWriter#highlight}: cells whose value compares to {@code value} get
 * the light fill of {@code tone}. Spreadsheets keep it live: edit a figure and its colour follows.
 */
public record Highlight(Comparison comparison, double value, Tone tone) {

    public enum Comparison { EQUAL, LESS_THAN, GREATER_OR_EQUAL }

    /** Light fills readable in print: red for a problem, amber for a warning, green for good. */
    public enum Tone { BAD, WARNING, GOOD }

    public static Highlight equal(double value, Tone tone) {
        return new Highlight(Comparison.EQUAL, value, tone);
    }

    public static Highlight lessThan(double value, Tone tone) {
        return new Highlight(Comparison.LESS_THAN, value, tone);
    }

    public static Highlight atLeast(double value, Tone tone) {
        return new Highlight(Comparison.GREATER_OR_EQUAL, value, tone);
    }
}
