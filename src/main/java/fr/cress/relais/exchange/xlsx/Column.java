package fr.cress.relais.exchange.xlsx;

/** A column of a table: its header and its width in characters (0: fit to the content, up to 60). */
public record Column(String header, int width) {

    public static Column of(String header) {
        return new Column(header, 0);
    }

    public static Column of(String header, int width) {
        return new Column(header, width);
    }
}
