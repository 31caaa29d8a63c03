package fr.cress.relais.holders;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Counts of holders per category (a need, a stage, a commune...) and per year of first contact. */
public record CountTable(List<Row> rows) {

    public CountTable {
        rows = List.copyOf(rows);
    }

    /** One category: its key (« financement », « 61145 »), its label and its count per year. */
    public record Row(String key, String label, Map<Integer, Long> byYear) {

        public Row {
            byYear = Map.copyOf(byYear);
        }

        public long in(int year) {
            return byYear.getOrDefault(year, 0L);
        }

        public long total() {
            return byYear.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    public long total(String key) {
        return rows.stream().filter(r -> r.key().equals(key)).mapToLong(Row::total).sum();
    }

    /** Collects counts, then gives rows in the order chosen. */
    static final class Builder {
        private final Map<String, String> labels = new LinkedHashMap<>();
        private final Map<String, Map<Integer, Long>> counts = new LinkedHashMap<>();

        void add(String key, String label, int year) {
            labels.putIfAbsent(key, label);
            counts.computeIfAbsent(key, k -> new TreeMap<>()).merge(year, 1L, Long::sum);
        }

        /** Rows in the order of first appearance of {@code order}'s keys, then by count, largest first. */
        CountTable build(List<String> order) {
            List<Row> rows = new ArrayList<>();
            for (String key : order) {
                if (counts.containsKey(key)) {
                    rows.add(new Row(key, labels.get(key), counts.get(key)));
                }
            }
            counts.keySet().stream().filter(k -> !order.contains(k))
                    .map(k -> new Row(k, labels.get(k), counts.get(k)))
                    .sorted(Comparator.comparingLong(Row::total).reversed().thenComparing(Row::label))
                    .forEach(rows::add);
            return new CountTable(rows);
        }
    }
}
