package fr.cress.relais.exchange.table;

/** How big a file Relais accepts to read: bytes on disk, rows, columns per row. */
public record TableLimits(long maxBytes, int maxRows, int maxColumns) {

    /** 100 MB, 500 000 rows, 200 columns: far beyond a partner list, small enough to stay safe. */
    public static final TableLimits DEFAULT = new TableLimits(100L * 1024 * 1024, 500_000, 200);
}
