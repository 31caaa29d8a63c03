package fr.cress.relais.partners.ui;

import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.partners.Directory;
import fr.cress.relais.partners.PartnersFeature;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;

/**
 * What one keystroke costs in the contacts list: the list of the Contacts tab (its {@link ListPane}: rows in
 * memory sorted by name, a filtered list over the folded search text, the table and its count « N sur M »),
 * filled from the store's directory, shown in a 1280×800 window. Each keystroke types into the real filter
 * field, then lays the table out (what the next frame shows). The baseline is a bare loop testing the same
 * words against the same search texts. Run by the benchmark harness ({@code fr.cress.relais.bench.Benchmarks}).
 */
public final class ContactFilterBenchmark {

    /** « lemonnier caen » typed then erased, letter by letter. */
    public static final String[] TYPING = {"l", "le", "lem", "lemo", "lemon", "lemonn", "lemonni", "lemonnie", "lemonnier",
            "lemonnier ", "lemonnier c", "lemonnier ca", "lemonnier cae", "lemonnier caen", "lemonnier cae",
            "lemonnier ca", "lemonnier c", "lemonnier", "lemo", "l", ""};

    /**
     * {@code keystrokesCpu}: the JavaFX thread's CPU time for the same keystrokes (what a keystroke costs, less
     * sensitive than the elapsed time to other work sharing the machine); {@code shown}: the rows shown after each;
     * {@code filtering}: the part of each keystroke spent before the table's layout (the text set, the rows found
     * and handed to the table); {@code restyled}: the rows the table styled again during each keystroke (its flow
     * styles a row at once when it is new or when what its styles depend on changed).
     */
    public record Result(int rows, List<Double> keystrokes, List<Double> bareLoop, List<Double> keystrokesCpu,
                         List<Integer> shown, List<Double> filtering, List<Long> restyled) {
    }

    private ContactFilterBenchmark() {
    }

    /** Loads the rows as the list does (off the FX thread), then types {@code rounds} times (the first is warm-up). */
    public static Result measure(PartnersFeature partners, I18n i18n, LocalDate today, int rounds) throws Exception {
        Directory directory = partners.partners().directory();
        List<ContactRow> rows = new DirectoryRows(i18n).contacts(directory, today);
        SearchIndex index = SearchIndex.of(rows, ContactRow::searchText);
        if (Boolean.getBoolean("bench.filter.describe")) {
            describe(rows);
        }
        ListPane<ContactRow> list = onFx(() -> {
            ListPane<ContactRow> pane = new ListPane<>("contacts", i18n, ContactRow::matches, ContactRow::searchText, ContactRow::id,
                    new Label());
            columns(pane.table(), i18n, System.getProperty("bench.filter.cells", "plain"));
            Stage stage = new Stage();
            stage.setScene(new Scene(new javafx.scene.layout.StackPane(pane.node()), 1280, 800));
            stage.show();
            pane.setAll(rows, index);
            return pane;
        });
        List<Double> keystrokes = new ArrayList<>();
        List<Double> bare = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        List<Integer> shown = new ArrayList<>();
        List<Double> filtering = new ArrayList<>();
        List<Long> restyled = new ArrayList<>();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 0; round < rounds; round++) {
            for (String typed : TYPING) {
                double[] ms = onFx(() -> {
                    long styled0 = styledAgain(list);
                    long c0 = threads.getCurrentThreadCpuTime();
                    long t0 = System.nanoTime();
                    list.bar().textField().setText(typed);
                    long t1 = System.nanoTime();
                    list.table().layout();
                    return new double[]{(System.nanoTime() - t0) / 1e6, (threads.getCurrentThreadCpuTime() - c0) / 1e6,
                            list.table().getItems().size(), (t1 - t0) / 1e6, styledAgain(list) - styled0};
                });
                double loop = bareLoop(rows, RowFilter.of(typed, null, null, null).words());
                if (round > 0) {
                    keystrokes.add(ms[0]);
                    cpu.add(ms[1]);
                    shown.add((int) ms[2]);
                    filtering.add(ms[3]);
                    restyled.add((long) ms[4]);
                    bare.add(loop);
                }
            }
        }
        onFx(() -> {
            list.node().getScene().getWindow().hide();
            return null;
        });
        return new Result(rows.size(), keystrokes, bare, cpu, shown, filtering, restyled);
    }

    private static long styledAgain(ListPane<?> list) {
        return list.table().getSkin() instanceof SteadyRowsTableSkin<?> skin ? skin.rowsStyledAgain() : -1;
    }

    /** The columns of the Contacts tab ({@code "label"}: the former cells with a label, to compare). */
    static void columns(javafx.scene.control.TableView<ContactRow> table, I18n i18n, String variant) {
        ContactColumns.addTo(table, i18n);
        if (variant.contains("label")) {
            table.getColumns().forEach(ContactFilterBenchmark::labelCells);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void labelCells(javafx.scene.control.TableColumn column) {
        column.setCellFactory(javafx.scene.control.TableColumn.DEFAULT_CELL_FACTORY);
    }

    /** What the search texts look like (length, characters outside Latin-1). */
    private static void describe(List<ContactRow> rows) {
        int[] lengths = rows.stream().mapToInt(r -> r.searchText().length()).sorted().toArray();
        long wide = rows.stream().filter(r -> r.searchText().chars().anyMatch(c -> c > 255)).count();
        System.out.printf("SEARCH_TEXTS n=%d length p50=%d p95=%d max=%d, beyond Latin-1: %d%n", lengths.length,
                lengths[lengths.length / 2], lengths[(int) (lengths.length * 0.95)], lengths[lengths.length - 1], wide);
        rows.stream().filter(r -> r.searchText().chars().anyMatch(c -> c > 255)).limit(3)
                .forEach(r -> System.out.println("  e.g. " + r.searchText()));
    }

    private static double bareLoop(List<ContactRow> rows, List<String> words) {
        long t0 = System.nanoTime();
        int shown = 0;
        for (ContactRow row : rows) {
            boolean all = true;
            for (String w : words) {
                if (!row.searchText().contains(w)) {
                    all = false;
                    break;
                }
            }
            if (all) {
                shown++;
            }
        }
        double ms = (System.nanoTime() - t0) / 1e6;
        if (shown < 0) {
            throw new AssertionError();
        }
        return ms;
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        return task.get();
    }
}
