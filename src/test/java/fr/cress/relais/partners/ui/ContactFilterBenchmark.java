package fr.cress.relais.partners.ui;

import fr.cress.relais.common.i18n.I18n;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Measures what one keystroke costs in the contacts list with 50 000 contacts: the same pipeline as the
 * view (rows in memory sorted by the name's folded key, a filtered list over the precomputed search text). Run by hand: {@code java -cp ... fr.cress.relais.partners.ui.ContactFilterBenchmark [n]}.
 */
public final class ContactFilterBenchmark {

    private ContactFilterBenchmark() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        long start = System.nanoTime();
        List<ContactRow> rows = SyntheticDirectory.contactRows(n, 42, I18n.french());
        System.out.printf("built %d rows in %d ms%n", n, (System.nanoTime() - start) / 1_000_000);
        ObservableList<ContactRow> source = FXCollections.observableArrayList(rows);
        SortedList<ContactRow> sortedSource = new SortedList<>(source, Comparator.comparing(ContactRow::name));
        FilteredList<ContactRow> filtered = new FilteredList<>(sortedSource);
        List<ContactRow> sorted = filtered;
        String[] typing = {"l", "le", "lem", "lemo", "lemon", "lemonn", "lemonnier", "lemonnier c", "lemonnier ca",
                "lemonnier caen", "lemonnier cae", "lemonnier ca", "lemonnier c", "lemonnier", "lemo", "l", ""};
        for (int round = 0; round < 5; round++) {
            List<Long> times = new ArrayList<>();
            for (String typed : typing) {
                RowFilter f = RowFilter.of(typed, null, null, null);
                long t0 = System.nanoTime();
                filtered.setPredicate(f.isEmpty() ? null : r -> r.matches(f));
                int shown = sorted.size();
                times.add((System.nanoTime() - t0) / 1_000);
                if (round == 4) {
                    System.out.printf("  %-16s %6d shown  %6.1f ms%n", "« " + typed + " »", shown, times.get(times.size() - 1) / 1000.0);
                }
            }
            long[] sortedTimes = times.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf("round %d: median %.1f ms, max %.1f ms per keystroke%n", round,
                    sortedTimes[sortedTimes.length / 2] / 1000.0, sortedTimes[sortedTimes.length - 1] / 1000.0);
        }
        System.out.println(Arrays.toString(new int[]{sorted.size()}));
    }
}
