package fr.cress.relais.partners.ui;

import fr.cress.relais.common.feature.UiContext;
import fr.cress.relais.partners.Field;
import fr.cress.relais.partners.PartnersFeature;
import fr.cress.relais.partners.WorkGroup;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Groups: the group « Entreprendre autrement » and its working sub-groups as a tree; the selected group's
 * description and its members, former ones included (the group's history).
 */
final class GroupsTab implements PartnersTab {

    private final PartnersFeature feature;
    private final UiContext ui;
    private final RecordActions actions;
    private final GroupEditor editor = new GroupEditor();
    private final FormValidation validation;
    private final TreeView<WorkGroup> tree = new TreeView<>(new TreeItem<>());
    private final ComboBox<WorkGroup> parent = new ComboBox<>();
    private final MembershipsPane members;
    private final Label title = new Label();
    private final TextField name = new TextField();
    private final Button delete;
    private final Tab tab;

    GroupsTab(Tab tab, PartnersFeature feature, UiContext ui, DirectoryModel model, UndoBar undo) {
        this.tab = tab;
        this.feature = feature;
        this.ui = ui;
        this.actions = new RecordActions(ui, model, undo);
        this.validation = new FormValidation(editor, ui.i18n(), "groups-form-errors");
        this.members = new MembershipsPane(MembershipsPane.Mode.GROUP, feature, ui, model, undo);
        tree.setId("groups-tree");
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new javafx.scene.control.TreeCell<>() {
            @Override
            protected void updateItem(WorkGroup g, boolean empty) {
                super.updateItem(g, empty);
                setText(empty || g == null ? null : g.name());
            }
        });
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            if (item != null && item.getValue() != null && !editor.isDirty()) {
                show(item.getValue());
            }
        });
        tree.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> {
            if (!canLeave()) {
                e.consume();
            }
        });
        Button create = Toolbars.button("groups-new", ui.i18n().t("partners.group.newButton"),
                org.kordamp.ikonli.material2.Material2OutlinedAL.GROUP_ADD, this::create);
        create.getStyleClass().add("accent");
        VBox left = new VBox(8, Toolbars.of(create), tree);
        VBox.setVgrow(tree, Priority.ALWAYS);
        Button save = new Button(ui.i18n().t("partners.form.save"));
        save.setId("groups-save");
        save.getStyleClass().add("accent");
        save.setOnAction(e -> save());
        delete = new Button(ui.i18n().t("partners.form.delete"));
        delete.getStyleClass().add("danger");
        delete.setOnAction(e -> delete());
        title.getStyleClass().add("title-3");
        VBox header = new VBox(8, FormHeader.of(title, save, delete), validation.summary());
        header.getStyleClass().add("partners-form-header");
        VBox form = new VBox(12, fields(), members.node());
        form.getStyleClass().add("partners-form");
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        javafx.scene.layout.BorderPane detail = new javafx.scene.layout.BorderPane(scroll, header, null, null, null);
        detail.getStyleClass().add("partners-detail");
        SplitPane split = new SplitPane(left, detail);
        split.setDividerPositions(0.35);
        tab.setContent(split);
        show(WorkGroup.blank(null));
        model.onLoaded(this::loaded); // at once with the directory if it was read before this tab was built
    }

    private javafx.scene.Node fields() {
        Forms f = new Forms();
        f.field(ui.i18n().t("partners.group.name"), "group-name", name);
        name.textProperty().bindBidirectional(editor.name);
        validation.register(name, Field.NAME);
        TextArea description = f.field(ui.i18n().t("partners.group.description"), "group-description", new TextArea());
        description.setPrefRowCount(3);
        description.setWrapText(true);
        description.textProperty().bindBidirectional(editor.description);
        f.field(ui.i18n().t("partners.group.parent"), "group-parent", parent);
        parent.setConverter(Converters.of(WorkGroup::name));
        parent.setPromptText(ui.i18n().t("partners.group.noParent"));
        parent.valueProperty().bindBidirectional(editor.parent);
        return f.grid();
    }

    @Override
    public Tab tab() {
        return tab;
    }

    @Override
    public void create() {
        if (canLeave()) {
            tree.getSelectionModel().clearSelection();
            show(WorkGroup.blank(null));
            Focus.request(name);
        }
    }

    @Override
    public void save() {
        if (!validation.showAndCheck()) {
            return;
        }
        WorkGroup current = editor.current();
        if (!current.isNew() && !editor.isDirty()) {
            return;
        }
        actions.save(p -> feature.groups().save(current), this::show);
    }

    private void delete() {
        WorkGroup g = editor.original();
        if (g == null || g.isNew()) {
            return;
        }
        actions.delete(new RecordActions.Deletion(ui.i18n().t("partners.group.deleteTitle"),
                        ui.i18n().t("partners.group.deleteMessage", g.name()), ui.i18n().t("partners.form.delete"), ""),
                () -> feature.groups().delete(g), () -> show(WorkGroup.blank(null)), null, r -> { });
    }

    @Override
    public void focusFilter() {
        tree.requestFocus();
    }

    @Override
    public boolean canLeave() {
        return UnsavedChanges.canLeave(editor, editor.name.get().isBlank() ? ui.i18n().t("partners.group.new")
                : editor.name.get(), ui);
    }

    private void show(WorkGroup g) {
        editor.load(g);
        validation.reset();
        title.setText(g.isNew() ? ui.i18n().t("partners.group.new") : g.name());
        delete.setDisable(g.isNew());
        members.show(g.id());
    }

    private void loaded(DirectoryModel.Loaded loaded) {
        if (!loaded.complete()) {
            return;
        }
        List<WorkGroup> groups = loaded.directory().groups();
        editor.setGroups(groups);
        Long current = editor.original() == null ? null : editor.original().id();
        parent.getItems().setAll(groups.stream().filter(g -> !Objects.equals(g.id(), current)).toList());
        Map<Long, TreeItem<WorkGroup>> items = new HashMap<>();
        groups.forEach(g -> items.put(g.id(), new TreeItem<>(g)));
        TreeItem<WorkGroup> root = new TreeItem<>();
        for (WorkGroup g : groups) {
            TreeItem<WorkGroup> item = items.get(g.id());
            item.setExpanded(true);
            (g.parentId() != null && items.containsKey(g.parentId()) ? items.get(g.parentId()) : root)
                    .getChildren().add(item);
        }
        tree.setRoot(root);
        if (current != null && items.containsKey(current)) {
            tree.getSelectionModel().select(items.get(current));
            if (!editor.isDirty()) {
                groups.stream().filter(g -> g.id().equals(current)).findFirst().ifPresent(this::show);
            }
        } else if (current == null && !groups.isEmpty() && !editor.isDirty()) {
            tree.getSelectionModel().select(root.getChildren().get(0));
        }
        tree.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                Focus.request(name);
            }
        });
    }
}
