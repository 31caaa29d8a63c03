package fr.cress.relais.partners.importing;

import java.util.List;

/**
 * Finds the header row of a partner list: often the first row, but files made from a template or exported
 * by Relais start with a title block. The header is the first of the first rows that names at least two
 * known fields; failing that, the first row with two cells or more.
 */
final class HeaderFinder {

    static final int ROWS_LOOKED_AT = 15;

    private HeaderFinder() {
    }

    /** Index of the header in {@code rows}, or -1 when there are no rows. */
    static int find(List<List<String>> rows) {
        for (int i = 0; i < rows.size(); i++) {
            long known = rows.get(i).stream().filter(ColumnGuesser::isKnownHeader).count();
            if (known >= 2) {
                return i;
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).stream().filter(c -> !c.isBlank()).count() >= 2) {
                return i;
            }
        }
        return rows.isEmpty() ? -1 : 0;
    }
}
