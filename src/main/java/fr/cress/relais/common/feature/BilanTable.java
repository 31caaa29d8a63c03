package fr.cress.relais.common.feature;

import java.util.List;

/**
 * One sheet of figures for a programme bilan: counts only, never personal data. A label column then one
 * column per value header (years, outcomes...), and a total column when {@code rowTotals}. Sections follow
 * one another; see {@link Section}.
 */
public record BilanTable(String sheetName, String title, List<String> notes, String labelHeader,
                         List<String> valueHeaders, boolean rowTotals, List<Section> sections) {

    public BilanTable {
        notes = List.copyOf(notes);
        valueHeaders = List.copyOf(valueHeaders);
        sections = List.copyOf(sections);
    }

    /**
     * Rows under a heading. With a title: a bold heading row (with the sums of its lines when {@code totals})
     * above the lines. Without a title: the lines, then a « Total » row when {@code totals}.
     */
    public record Section(String title, List<Line> lines, boolean totals) {

        public Section {
            lines = List.copyOf(lines);
        }
    }

    /** A labelled row of counts, one per value header. */
    public record Line(String label, List<Long> values) {

        public Line {
            values = List.copyOf(values);
        }
    }
}
