package fr.cress.relais.meetings.ui;

import fr.cress.relais.common.feature.UiContext;
import fr.cress.relais.common.text.Formats;
import fr.cress.relais.common.ui.FormattedTableCell;
import fr.cress.relais.meetings.MeetingStatus;
import fr.cress.relais.meetings.MeetingSummary;
import fr.cress.relais.meetings.MeetingsServices;
import fr.cress.relais.meetings.Search;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.LongPredicate;

/**
 * The meetings, upcoming first (soonest at the top) then past ones (latest first), with a filter as you type
 * and a count « N sur M ». Choosing a meeting asks the editor first when it holds unsaved edits.
 */
final class MeetingListPane {

    /** More rows than a screen holds: what shows while the whole list is read. */
    static final int FIRST_ROWS = 100;

    private final UiContext ui;
    private final MeetingsServices services;
    private final ObservableList<MeetingSummary> all = FXCollections.observableArrayList();
    private final FilteredList<MeetingSummary> filtered = new FilteredList<>(all);
    private final TableView<MeetingSummary> table = new TableView<>();
    private final TextField filter = new TextField();
    private final Label count = new Label();
    private final VBox root;
    private LongPredicate open = id -> true;
    private boolean reverting;
    private LocalDateTime now = LocalDateTime.now();
    /** Readings of the list run side by side: only the last one asked for fills it, with the target kept. */
    private long requests;
    private Long target;
    /** The whole list was read once: later readings replace it at once, without a first page. */
    private boolean complete;
    /** The length of the whole list while only its first rows are shown; -1 once they all are. */
    private int total = -1;

    MeetingListPane(UiContext ui, MeetingsServices services, Node placeholder) {
        this.ui = ui;
        this.services = services;
        filter.setId("meetings-filter");
        filter.setPromptText(ui.i18n().t("meetings.list.filter"));
        filter.textProperty().addListener((o, a, b) -> applyFilter());
        count.setId("meetings-count");
        count.getStyleClass().add("text-muted");
        table.setId("meetings-table");
        table.setPlaceholder(placeholder);
        SortedList<MeetingSummary> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        columns();
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(MeetingSummary item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("meeting-upcoming", "meeting-past", "meeting-cancelled");
                if (!empty && item != null) {
                    getStyleClass().add(item.status() == MeetingStatus.CANCELLED ? "meeting-cancelled"
                            : item.upcoming(now) ? "meeting-upcoming" : "meeting-past");
                }
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, before, chosen) -> chosen(before, chosen));
        root = new VBox(8, filter, count, table);
        root.getStyleClass().add("meetings-list");
        root.setMinWidth(300);
        VBox.setVgrow(table, Priority.ALWAYS);
    }

    private void columns() {
        var i18n = ui.i18n();
        TableColumn<MeetingSummary, LocalDateTime> date = new TableColumn<>(i18n.t("meetings.list.date"));
        date.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().startsAt()));
        date.setCellFactory(c -> new FormattedTableCell<>(d -> Formats.date(d.toLocalDate())));
        date.setPrefWidth(108);
        date.setMinWidth(108);
        TableColumn<MeetingSummary, String> title = new TableColumn<>(i18n.t("meetings.list.title"));
        title.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().title()));
        title.setComparator(Formats.frenchOrder());
        title.setPrefWidth(260);
        TableColumn<MeetingSummary, String> status = new TableColumn<>(i18n.t("meetings.col.status"));
        status.setCellValueFactory(c -> new ReadOnlyStringWrapper(i18n.label(c.getValue().status())));
        status.setPrefWidth(78);
        status.setMinWidth(76);
        table.getColumns().setAll(List.of(date, title, status));
    }

    Node node() {
        return root;
    }

    /** {@code open} is asked before a chosen meeting is shown; false keeps the current one. */
    void onOpen(LongPredicate open) {
        this.open = open;
    }

    void focusFilter() {
        filter.requestFocus();
        filter.selectAll();
    }

    void focusList() {
        table.requestFocus();
    }

    /** Reloads the list in the background; then selects {@code select} if given. */
    void reload(Long select) {
        reload(select, () -> { });
    }

    /**
     * As {@link #reload(Long)}, then runs {@code then} once the rows are shown (or the reading failed). A reading
     * overtaken by a later one fills nothing: the later one shows its rows and selects the target of either.
     * The first time, the first rows (in the list's order) show while the whole list is read.
     */
    void reload(Long select, Runnable then) {
        if (select != null) {
            target = select;
        }
        long request = ++requests;
        if (complete) {
            readAll(request, then);
            return;
        }
        ui.tasks().job(ui.i18n().t("meetings.task.load"), p -> services.meetings().firstPage(services.meetings().now(),
                        FIRST_ROWS))
                .onSuccess(page -> {
                    if (request != requests) {
                        then.run();
                    } else if (page.whole()) {
                        complete = true;
                        show(page.rows(), -1);
                        then.run();
                    } else {
                        show(page.rows(), page.total());
                        readAll(request, then);
                    }
                })
                .onFailure(e -> readAll(request, then)).start();
    }

    private void readAll(long request, Runnable then) {
        ui.tasks().job(ui.i18n().t("meetings.task.load"), p -> services.meetings().list())
                .onSuccess(list -> {
                    if (request == requests) {
                        complete = true;
                        show(list, -1);
                    }
                    then.run();
                })
                .onFailure(e -> {
                    if (request == requests) {
                        target = null;
                        ui.dialogs().showError(e);
                    }
                    then.run();
                }).start();
    }

    /** Shows {@code list}; {@code total} is the length of the whole list when only its first rows are given. */
    private void show(List<MeetingSummary> list, int total) {
        now = services.meetings().now();
        this.total = total;
        Long keep = target != null ? target : selectedId();
        if (total < 0 || list.stream().anyMatch(m -> keep != null && m.id() == keep)) {
            target = null;
        }
        reverting = true;
        all.setAll(ordered(list, now));
        reverting = false;
        applyFilter();
        if (keep != null) {
            select(keep);
        } else if (!table.getItems().isEmpty()) {
            table.getSelectionModel().selectFirst(); // the soonest meeting to come
        }
    }

    /** Puts the rows back in order when meetings have started since they were read (nothing is read again). */
    void reorder() {
        LocalDateTime before = now;
        LocalDateTime later = services.meetings().now();
        now = later;
        if (all.stream().noneMatch(m -> m.upcoming(before) != m.upcoming(later))) {
            return;
        }
        Long keep = selectedId();
        reverting = true;
        all.setAll(ordered(all, later));
        reverting = false;
        applyFilter();
        table.refresh(); // the rows' colours follow the time
        if (keep != null) {
            select(keep);
        }
    }

    void select(long id) {
        table.getItems().stream().filter(m -> m.id() == id).findFirst().ifPresent(m -> {
            table.getSelectionModel().select(m);
            table.scrollTo(m);
        });
    }

    Long selectedId() {
        MeetingSummary m = table.getSelectionModel().getSelectedItem();
        return m == null ? null : m.id();
    }

    static List<MeetingSummary> ordered(List<MeetingSummary> list, LocalDateTime now) {
        List<MeetingSummary> result = new ArrayList<>(list.stream().filter(m -> m.upcoming(now))
                .sorted(Comparator.comparing(MeetingSummary::startsAt)).toList());
        result.addAll(list.stream().filter(m -> !m.upcoming(now))
                .sorted(Comparator.comparing(MeetingSummary::startsAt).reversed()).toList());
        return result;
    }

    private void chosen(MeetingSummary before, MeetingSummary chosen) {
        if (reverting || chosen == null || (before != null && before.id() == chosen.id())) {
            return;
        }
        if (!open.test(chosen.id())) {
            reverting = true;
            table.getSelectionModel().select(before);
            reverting = false;
        }
    }

    private void applyFilter() {
        String q = Search.fold(filter.getText());
        filtered.setPredicate(m -> q.isEmpty() || Search.fold(m.title()).contains(q)
                || Search.fold(m.groupName()).contains(q) || Search.fold(m.place()).contains(q)
                || Formats.date(m.startsAt().toLocalDate()).contains(q));
        count.setText(total < 0 ? ui.i18n().t("meetings.list.count", filtered.size(), all.size())
                : ui.i18n().t("meetings.list.countPartial", filtered.size(), total));
    }
}
