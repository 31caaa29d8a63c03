package fr.cress.relais.exchange.table;

import fr.cress.relais.common.concurrent.Progress;

/**
 * Reads a table (CSV or the first sheet of a workbook) row by row, streaming: the file is never loaded
 * whole. Throws {@link TableFileException} for a file it cannot read.
 */
public interface TableReader {

    TableSource source();

    /** Reads every row (or until the handler stops), reporting progress and stopping when cancelled. */
    void read(RowHandler handler, Progress progress);
}
