package fr.cress.relais.exchange;

import fr.cress.relais.common.concurrent.Progress;

/**
 * Reads a table (a CSV file or the first sheet of a workbook) row by row, streaming: the file is never loaded
 * whole. Obtained from {@link FileGuard#openTable}; every way the file can be wrong while reading (quotes,
 * encoding, huge cells or lines, too many rows, zip bomb, forbidden XML) is a
 * {@link fr.cress.relais.common.error.BadInputException} with a French message.
 */
public interface TableReader {

    /** Cells beyond this column are ignored (a partner list has a few dozen columns at most). */
    int MAX_COLUMNS = 200;

    TableSource source();

    /** Reads every row (or until the handler stops), reporting progress and stopping when cancelled. */
    void read(RowHandler handler, Progress progress);
}
