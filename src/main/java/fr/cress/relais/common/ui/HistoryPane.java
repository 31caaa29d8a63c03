package fr.cress.relais.common.ui;

import fr.cress.relais.common.feature.Core;
import fr.cress.relais.common.feature.UiContext;
import fr.cress.relais.common.text.Formats;
import fr.cress.relais.db.history.ChangeHistoryRepository;
import fr.cress.relais.db.history.FieldChange;
import fr.cress.relais.db.history.HistoryEntry;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Objects;

/**
 * « Historique » of one record: who changed which fields and when, newest first, read in the background
 * when shown. Used by every detail pane, as a tab or as a section that opens on demand.
 */
public final class HistoryPane {

    private final UiContext ui;
    private final Core core;
    private final FieldLabels labels;
    private final ListView<HistoryEntry> list = new ListView<>();
    private final VBox box;
    private boolean visible;
    private String table;
    private Long id;

    public HistoryPane(UiContext ui, Core core) {
        this.ui = ui;
        this.core = core;
        this.labels = new FieldLabels(ui.i18n());
        list.setId("history-list");
        list.getStyleClass().add("history-list");
        list.setPlaceholder(new Label(ui.i18n().t("team.history.empty")));
        list.setCellFactory(l -> new EntryCell());
        list.setPrefHeight(220);
        box = new VBox(list);
        box.getStylesheets().add(Objects.requireNonNull(
                HistoryPane.class.getResource("/fr/cress/relais/common/ui/team.css")).toExternalForm());
    }

    /** As a tab: read each time the tab is selected. */
    public Tab tab() {
        Tab tab = new Tab(ui.i18n().t("team.history.tab"), box);
        tab.setId("history-tab");
        tab.setClosable(false);
        tab.selectedProperty().addListener((o, was, now) -> visibility(now));
        return tab;
    }

    /** As a section below a form, closed at first: read when opened. */
    public TitledPane section() {
        TitledPane pane = new TitledPane(ui.i18n().t("team.history.title"), box);
        pane.setId("history-section");
        pane.setExpanded(false);
        pane.expandedProperty().addListener((o, was, now) -> visibility(now));
        return pane;
    }

    /** The record to show (null id: a new record, no history yet). */
    public void show(String tableName, Long recordId) {
        this.table = tableName;
        this.id = recordId;
        refresh();
    }

    public void refresh() {
        if (!visible || id == null) {
            list.getItems().clear();
            return;
        }
        String t = table;
        long recordId = id;
        ui.tasks().job(ui.i18n().t("team.history.loading"),
                        p -> new ChangeHistoryRepository(core.dsl()).forRecord(t, recordId))
                .onSuccess(entries -> {
                    if (Objects.equals(t, table) && Objects.equals(recordId, id)) {
                        list.getItems().setAll(entries);
                    }
                })
                .onFailure(ui.dialogs()::showError)
                .start();
    }

    private void visibility(boolean now) {
        visible = now;
        refresh();
    }

    /** The lines of one entry: « Commune : Caen → Alençon », « Création », « Suppression ». */
    List<String> describe(HistoryEntry e) {
        RecordDiff values = new RecordDiff(ui.i18n());
        if ("DELETE".equals(e.operation())) {
            return List.of(ui.i18n().t("team.history.deleted"));
        }
        List<String> lines = new java.util.ArrayList<>();
        if ("INSERT".equals(e.operation())) {
            lines.add(ui.i18n().t("team.history.created"));
        }
        for (FieldChange c : e.changes()) {
            lines.add(ui.i18n().t("team.history.change", labels.label(c.column()), values.shown(c.before()),
                    values.shown(c.after())));
        }
        return lines;
    }

    private final class EntryCell extends ListCell<HistoryEntry> {
        @Override
        protected void updateItem(HistoryEntry e, boolean empty) {
            super.updateItem(e, empty);
            if (empty || e == null) {
                setGraphic(null);
                return;
            }
            Label when = new Label(Formats.dateTime(e.changedAt()));
            when.getStyleClass().add("history-when");
            Label who = new Label(e.changedBy());
            who.getStyleClass().add("history-who");
            Label what = new Label(String.join("\n", describe(e)));
            what.setWrapText(true);
            what.setMaxWidth(460);
            setGraphic(new VBox(2, new javafx.scene.layout.HBox(8, who, when), what));
        }
    }
}
