package fr.cress.relais.partners.ui;

import fr.cress.relais.common.i18n.I18n;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.scene.layout.Priority;

import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * A filtered, sortable list: the filter bar, the table, the count « N sur M » and what to show when the
 * list is empty (what to do next) or when nothing matches the filter. Rows live in memory; filtering is a
 * predicate over their precomputed search text, applied to the rows already sorted, so it keeps up with
 * typing over 50 000 rows.
 */
final class ListPane<R> {

    private final ObservableList<R> source = FXCollections.observableArrayList();
    private final SortedList<R> sorted = new SortedList<>(source);
    private final FilteredList<R> filtered = new FilteredList<>(sorted);
    private final TableView<R> table = new TableView<>();
    private final FilterBar bar;
    private final VBox box;
    private final ToLongFunction<R> ids;
    private final Node empty;
    private final Node noMatch;
    private final Node loading;
    private boolean loaded;

    ListPane(String idPrefix, I18n i18n, BiPredicate<R, RowFilter> matcher, ToLongFunction<R> ids, Node empty) {
        this.ids = ids;
        this.empty = empty;
        this.bar = new FilterBar(idPrefix, i18n);
        this.noMatch = new Label(i18n.t("partners.list.noMatch"));
        this.noMatch.getStyleClass().add("text-muted");
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(36, 36);
        this.loading = spinner;
        // Sorted first, then filtered: a keystroke only filters (linear); sorting happens when a column is clicked.
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setSortPolicy(t -> true);
        table.setItems(filtered);
        table.setId(idPrefix + "-table");
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(loading);
        filtered.predicateProperty().bind(Bindings.<Predicate<? super R>>createObjectBinding(
                () -> predicate(matcher, bar.filter().get()), bar.filter()));
        filtered.addListener((ListChangeListener<R>) c -> refreshCount());
        source.addListener((ListChangeListener<R>) c -> refreshCount());
        box = new VBox(8, bar.node(), table);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.getStyleClass().add("partners-list");
        refreshCount();
    }

    private static <R> Predicate<? super R> predicate(BiPredicate<R, RowFilter> matcher, RowFilter f) {
        return f.isEmpty() ? null : r -> matcher.test(r, f);
    }

    Node node() {
        return box;
    }

    TableView<R> table() {
        return table;
    }

    FilterBar bar() {
        return bar;
    }

    /** Replaces every row (after loading), keeping the selection when the row is still there. */
    void setAll(List<R> rows) {
        Long selected = selected().map(ids::applyAsLong).orElse(null);
        loaded = true;
        source.setAll(rows);
        if (selected != null) {
            select(selected);
        }
        refreshCount();
    }

    /** Puts a saved row in place of the row with the same id, or adds it. */
    void put(R row) {
        long id = ids.applyAsLong(row);
        for (int i = 0; i < source.size(); i++) {
            if (ids.applyAsLong(source.get(i)) == id) {
                source.set(i, row);
                return;
            }
        }
        source.add(row);
    }

    void remove(long id) {
        source.removeIf(r -> ids.applyAsLong(r) == id);
    }

    Optional<R> selected() {
        return Optional.ofNullable(table.getSelectionModel().getSelectedItem());
    }

    boolean select(long id) {
        for (R row : table.getItems()) {
            if (ids.applyAsLong(row) == id) {
                table.getSelectionModel().select(row);
                table.scrollTo(row);
                return true;
            }
        }
        return false;
    }

    /** The rows shown now, in their order on screen. */
    List<R> shown() {
        return List.copyOf(table.getItems());
    }

    private void refreshCount() {
        bar.setCount(filtered.size(), source.size());
        table.setPlaceholder(!loaded ? loading : source.isEmpty() ? empty : noMatch);
    }
}
