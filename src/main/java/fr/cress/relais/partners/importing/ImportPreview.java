package fr.cress.relais.partners.importing;

import java.util.List;

/** A file read with a mapping, and what importing it would do. Nothing is written yet. */
public record ImportPreview(ImportFile file, ColumnMapping mapping, List<ParsedRow> rows, ImportPlan plan) {

    public ImportPreview {
        rows = List.copyOf(rows);
    }
}
