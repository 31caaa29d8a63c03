package fr.cress.relais.holders.ui;

import fr.cress.relais.common.feature.UiContext;
import fr.cress.relais.common.text.Formats;
import fr.cress.relais.holders.HolderPlace;
import fr.cress.relais.holders.HolderRow;
import fr.cress.relais.holders.HolderService;
import fr.cress.relais.holders.Need;
import fr.cress.relais.holders.Stage;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The list of holders: loads it in the background, filters it as the user types or picks a filter. The first
 * time, the first rows (in the list's order) show while the whole list is read; the count says so meanwhile.
 */
final class HolderListViewModel {

    /** More rows than a screen holds: what shows while the whole list is read. */
    static final int FIRST_ROWS = 200;

    private final HolderService service;
    private final UiContext ui;
    private final ObservableList<HolderRow> all = FXCollections.observableArrayList();
    private final FilteredList<HolderRow> shown = new FilteredList<>(all);
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<Stage> stage = new SimpleObjectProperty<>();
    private final ObjectProperty<Need> need = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final BooleanProperty dueOnly = new SimpleBooleanProperty();
    private final ObjectProperty<HolderPlace> place = new SimpleObjectProperty<>();
    private final BooleanProperty loaded = new SimpleBooleanProperty();
    private final BooleanProperty complete = new SimpleBooleanProperty();
    private final IntegerProperty total = new SimpleIntegerProperty();
    private final int firstRows;
    private Map<Long, String> searchTexts = Map.of();
    private boolean updating;

    HolderListViewModel(HolderService service, UiContext ui) {
        this(service, ui, FIRST_ROWS);
    }

    /** With {@code firstRows} rows shown first (tests use a small store). */
    HolderListViewModel(HolderService service, UiContext ui, int firstRows) {
        this.firstRows = firstRows;
        this.service = service;
        this.ui = ui;
        shown.predicateProperty().bind(Bindings.createObjectBinding(this::predicate, text, stage, need, year, dueOnly,
                place));
    }

    /**
     * Reloads the list, then calls {@code then} (on the FX thread) with every row. Until the whole list has been
     * read once, its first rows show first.
     */
    void load(Consumer<ObservableList<HolderRow>> then) {
        if (complete.get()) {
            loadAll(then);
            return;
        }
        ui.tasks().job(ui.i18n().t("holders.list.loading"),
                        progress -> new FirstRows(service.firstRows(firstRows), service.count()))
                .onSuccess(first -> {
                    if (!complete.get()) {
                        total.set(first.total());
                        replace(first.rows());
                        loaded.set(true);
                    }
                    loadAll(then);
                })
                .onFailure(ui.dialogs()::showError)
                .start();
    }

    private record FirstRows(List<HolderRow> rows, int total) {
    }

    /** Every row, with what the filter and the year choice need, prepared in the background. */
    private record AllRows(List<HolderRow> rows, Map<Long, String> searchTexts, List<Integer> years) {
        static AllRows of(List<HolderRow> rows) {
            Map<Long, String> texts = new HashMap<>(rows.size() * 2);
            rows.forEach(r -> texts.put(r.id(), fold(searchable(r))));
            return new AllRows(rows, texts,
                    rows.stream().map(HolderRow::year).distinct().sorted((a, b) -> b - a).toList());
        }
    }

    private void loadAll(Consumer<ObservableList<HolderRow>> then) {
        ui.tasks().job(ui.i18n().t("holders.list.loading"), progress -> AllRows.of(service.rows()))
                .onSuccess(read -> {
                    searchTexts = read.searchTexts();
                    replace(read.rows());
                    total.set(read.rows().size());
                    complete.set(true);
                    years.setAll(read.years());
                    loaded.set(true);
                    then.accept(all);
                })
                .onFailure(ui.dialogs()::showError)
                .start();
    }

    private void replace(List<HolderRow> rows) {
        updating = true;
        all.setAll(rows);
        updating = false;
    }

    /** True while the rows are being replaced: selection changes then mean nothing. */
    boolean isUpdating() {
        return updating;
    }

    void clearFilters() {
        text.set("");
        stage.set(null);
        need.set(null);
        year.set(null);
        dueOnly.set(false);
        place.set(null);
    }

    private Predicate<HolderRow> predicate() {
        String words = fold(text.get());
        Stage s = stage.get();
        Need n = need.get();
        Integer y = year.get();
        boolean due = dueOnly.get();
        HolderPlace where = place.get();
        return row -> (where == null || where.contains(row.communeCode()))
                && (words.isEmpty() || searchText(row).contains(words))
                && (s == null || row.stage() == s)
                && (n == null || row.needs().stream().anyMatch(k -> new Need(k).within(n)))
                && (y == null || row.year() == y)
                && (!due || row.followUpsDue() > 0);
    }

    /** The folded text the filter searches, prepared with the rows (computed for rows read otherwise). */
    private String searchText(HolderRow row) {
        String prepared = searchTexts.get(row.id());
        return prepared != null ? prepared : fold(searchable(row));
    }

    private static String searchable(HolderRow row) {
        return String.join(" ", row.displayName(), nullToEmpty(row.projectName()), nullToEmpty(row.communeName()),
                nullToEmpty(row.communeCode()));
    }

    static String fold(String s) {
        if (s == null) {
            return "";
        }
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace('’', '\'').strip();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** « 12 sur 51 »; while the first rows only are there, « 200 sur 10 051 — chargement de la suite… ». */
    StringBinding count() {
        return Bindings.createStringBinding(() -> ui.i18n().t(complete.get() ? "holders.list.count"
                        : "holders.list.countPartial", Formats.integer(shown.size()),
                Formats.integer(complete.get() ? all.size() : total.get())), shown, all, complete, total);
    }

    ObservableList<HolderRow> all() {
        return all;
    }

    FilteredList<HolderRow> shown() {
        return shown;
    }

    ObservableList<Integer> years() {
        return years;
    }

    StringProperty text() {
        return text;
    }

    ObjectProperty<Stage> stage() {
        return stage;
    }

    ObjectProperty<Need> need() {
        return need;
    }

    ObjectProperty<Integer> year() {
        return year;
    }

    /** Only the holders living in this place (null: everywhere), e.g. after a click on the map. */
    ObjectProperty<HolderPlace> place() {
        return place;
    }

    BooleanProperty dueOnly() {
        return dueOnly;
    }

    BooleanProperty loaded() {
        return loaded;
    }

    /** True once the whole list has been read (before, only its first rows are there). */
    BooleanProperty complete() {
        return complete;
    }
}
