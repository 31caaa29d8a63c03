package fr.cress.relais.territory.ui;

import fr.cress.relais.common.feature.UiContext;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.territory.TerritoryFeature;
import fr.cress.relais.territory.TerritoryLevel;
import fr.cress.relais.territory.Zone;
import fr.cress.relais.territory.ZoneKind;
import fr.cress.relais.territory.ZoneService;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

/**
 * « Zones »: the user's groups of EPCI or communes (pays, bassins de vie). Ctrl+N new, Ctrl+S save, Suppr
 * deletes after confirmation; leaving with unsaved edits asks first.
 */
final class ZonesPane {

    private final UiContext ui;
    private final I18n i18n;
    private final ZoneService zones;
    private final TerritoryFeature territory;
    private final Runnable changed;
    private final ListView<Zone> list = new ListView<>();
    private final TextField name = new TextField();
    private final ComboBox<ZoneKind> kind = new ComboBox<>(FXCollections.observableArrayList(ZoneKind.values()));
    private final TextArea description = new TextArea();
    private final VBox form = new VBox(10);
    private final SplitPane root = new SplitPane();
    private TerritoryPicker members;
    private List<TerritoryOption> options = List.of();
    private Zone editing;

    ZonesPane(UiContext ui, TerritoryFeature territory, Runnable changed) {
        this.ui = ui;
        this.i18n = ui.i18n();
        this.zones = territory.zones();
        this.territory = territory;
        this.changed = changed;
        root.setId("map-zones");
        list.setId("zones-list");
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Zone zone, boolean empty) {
                super.updateItem(zone, empty);
                setText(empty || zone == null ? null : zone.name() + " (" + i18n.label(zone.kind()) + ")");
            }
        });
        list.setPlaceholder(new Label(i18n.t("territory.zones.empty")));
        list.getSelectionModel().selectedItemProperty().addListener((o, a, zone) -> {
            if (zone != null && zone != editing) {
                if (canLeave()) {
                    edit(zone);
                } else {
                    list.getSelectionModel().select(editing);
                }
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE && list.getSelectionModel().getSelectedItem() != null) {
                delete(list.getSelectionModel().getSelectedItem());
            }
        });
        Button add = new Button(i18n.t("territory.zones.new"));
        add.setId("zones-new");
        add.setOnAction(e -> newZone());
        VBox left = new VBox(8, add, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        left.getStyleClass().add("offers-left");
        form.getStyleClass().add("offers-right");
        root.getItems().addAll(left, form);
        root.setDividerPositions(0.3);
        root.addEventHandler(KeyEvent.KEY_PRESSED, this::shortcut);
        name.setId("zone-name");
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(ZoneKind k) {
                return k == null ? "" : i18n.label(k);
            }

            @Override
            public ZoneKind fromString(String s) {
                return null;
            }
        });
        description.setPrefRowCount(2);
        description.setWrapText(true);
    }

    Node node() {
        return root;
    }

    private void shortcut(KeyEvent e) {
        if (e.isShortcutDown() && e.getCode() == KeyCode.N) {
            newZone();
            e.consume();
        } else if (e.isShortcutDown() && e.getCode() == KeyCode.S) {
            save();
            e.consume();
        }
    }

    void load() {
        ui.tasks().job(i18n.t("territory.zones.loading"), p -> new Loaded(zones.zones(), options.isEmpty()
                        ? TerritoryOptions.load(territory.coverage(), i18n, EnumSet.of(TerritoryLevel.EPCI, TerritoryLevel.COMMUNE))
                        : options))
                .onSuccess(loaded -> {
                    options = loaded.options();
                    Long selected = editing == null ? null : editing.id();
                    list.getItems().setAll(loaded.zones());
                    list.getItems().stream().filter(z -> selected != null && z.id() == selected).findFirst()
                            .ifPresentOrElse(this::edit, () -> {
                                if (editing == null) {
                                    newZone();
                                }
                            });
                })
                .onFailure(ui.dialogs()::showError)
                .start();
    }

    private record Loaded(List<Zone> zones, List<TerritoryOption> options) {
    }

    private void newZone() {
        if (canLeave()) {
            list.getSelectionModel().clearSelection();
            edit(new Zone(0, null, "", ZoneKind.PAYS, null, -1, List.of()));
        }
    }

    private void edit(Zone zone) {
        editing = zone;
        name.setText(zone.name());
        kind.setValue(zone.kind());
        description.setText(zone.description() == null ? "" : zone.description());
        members = new TerritoryPicker(i18n, options, "zone-member");
        members.setChosen(zone.members());
        Label title = new Label(zone.isNew() ? i18n.t("territory.zones.new") : zone.name());
        title.getStyleClass().add("title-3");
        GridPane grid = Forms.grid();
        grid.addRow(0, new Label(i18n.t("territory.zones.name")), name);
        grid.addRow(1, new Label(i18n.t("territory.zones.kind")), kind);
        grid.addRow(2, new Label(i18n.t("territory.zones.description")), description);
        grid.addRow(3, new Label(i18n.t("territory.zones.members")), members.node());
        Forms.labelsOnTop(grid);
        Button save = new Button(i18n.t("territory.action.save"));
        save.setId("zone-save");
        save.setDefaultButton(true);
        save.setOnAction(e -> save());
        Button delete = new Button(i18n.t("territory.zones.delete"));
        delete.setDisable(zone.isNew());
        delete.setOnAction(e -> delete(editing));
        HBox buttons = new HBox(8, save, delete);
        buttons.setAlignment(Pos.CENTER_LEFT);
        form.getChildren().setAll(title, grid, buttons);
    }

    private Zone draft() {
        return new Zone(editing.id(), editing.code(), name.getText(), kind.getValue(), description.getText().isBlank()
                ? null : description.getText(), editing.version(), members.chosen());
    }

    /** False when the user keeps unsaved edits (after being asked). */
    boolean canLeave() {
        if (editing == null || members == null || !isDirty()) {
            return true;
        }
        return ui.dialogs().confirm(i18n.t("territory.zones.discard.title"), i18n.t("territory.zones.discard.text"),
                i18n.t("territory.zones.discard"));
    }

    private boolean isDirty() {
        Zone draft = draft();
        return !Objects.equals(draft.name().strip(), editing.name()) || draft.kind() != editing.kind()
                || !Objects.equals(draft.description(), editing.description())
                || !draft.members().equals(editing.members());
    }

    private void save() {
        if (editing == null) {
            return;
        }
        Zone draft = draft();
        ui.tasks().job(i18n.t("territory.zones.saving"), p -> zones.save(draft))
                .onSuccess(id -> {
                    editing = new Zone(id, draft.code(), draft.name(), draft.kind(), draft.description(),
                            draft.version() + 1, draft.members());
                    load();
                    changed.run();
                })
                .onFailure(ui.dialogs()::showError)
                .start();
    }

    private void delete(Zone zone) {
        if (zone == null || zone.isNew() || !ui.dialogs().confirm(i18n.t("territory.zones.delete.title"),
                i18n.t("territory.zones.delete.confirm", zone.name()), i18n.t("territory.zones.delete"))) {
            return;
        }
        ui.tasks().job(i18n.t("territory.zones.saving"), p -> {
                    zones.delete(zone);
                    return null;
                })
                .onSuccess(r -> {
                    editing = null;
                    load();
                    changed.run();
                })
                .onFailure(ui.dialogs()::showError)
                .start();
    }
}
