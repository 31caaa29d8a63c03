package fr.cress.relais.partners.privacy;

import java.util.List;

/**
 * Part of what Relais holds about a person, as a small table: a title (« Adhésions représentées »),
 * column headers, and rows of values (text, dates, numbers).
 */
public record DataSection(String title, List<String> columns, List<List<Object>> rows) {

    public DataSection {
        columns = List.copyOf(columns);
        rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r))).toList();
    }
}
