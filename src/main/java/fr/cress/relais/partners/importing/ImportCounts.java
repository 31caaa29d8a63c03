package fr.cress.relais.partners.importing;

import java.util.List;

/**
 * What an import does or did. Rows: new, updated, skipped (duplicates), errors. Records: organisations,
 * contacts and memberships created, records updated.
 */
public record ImportCounts(int newRows, int updatedRows, int skippedRows, int errorRows,
                           int organisationsCreated, int contactsCreated, int membershipsCreated, int recordsUpdated) {

    static ImportCounts of(List<PlannedRow> rows, int organisations, int contacts, int memberships, int updated) {
        return new ImportCounts(count(rows, RowStatus.NEW), count(rows, RowStatus.UPDATE),
                count(rows, RowStatus.DUPLICATE), count(rows, RowStatus.ERROR), organisations, contacts, memberships,
                updated);
    }

    private static int count(List<PlannedRow> rows, RowStatus status) {
        return (int) rows.stream().filter(r -> r.status() == status).count();
    }

    public int rows() {
        return newRows + updatedRows + skippedRows + errorRows;
    }
}
