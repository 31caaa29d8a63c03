package fr.cress.relais.exchange;

import java.util.List;

/** Receives the rows of a table one by one, as the file is read. */
@FunctionalInterface
public interface RowHandler {

    /**
     * One row: its 1-based number in the file (line of a CSV, row of a sheet) and its cells as text, trimmed,
     * "" for an empty cell. Return false to stop reading.
     */
    boolean row(long number, List<String> cells);
}
