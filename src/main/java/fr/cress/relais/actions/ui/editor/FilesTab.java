package fr.cress.relais.actions.ui.editor;

import fr.cress.relais.actions.ActionFile;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.ui.DialogService;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * Fichiers: documents of the action, either linked where they are or copied beside the store (the copy is
 * made when the action is saved). Double-click or Entrée opens a file.
 */
final class FilesTab {

    private final I18n i18n;
    private final ActionEditorModel model;
    private final DialogService dialogs;
    private final Function<ActionFile, Path> locate;
    private final ListView<ActionFile> list = new ListView<>();
    private final Tab tab;

    FilesTab(I18n i18n, ActionEditorModel model, DialogService dialogs, Function<ActionFile, Path> locate) {
        this.i18n = i18n;
        this.model = model;
        this.dialogs = dialogs;
        this.locate = locate;
        list.setId("action-files");
        list.setItems(model.files);
        list.setCellFactory(l -> Forms.cell(this::describe));
        list.setPlaceholder(new Label(i18n.t("actions.files.empty")));
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                openSelected();
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
            } else if (e.getCode() == KeyCode.DELETE) {
                model.files.remove(list.getSelectionModel().getSelectedItem());
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        Label hint = new Label(i18n.t("actions.files.hint"));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        VBox box = new VBox(8, list, buttons(), hint);
        box.getStyleClass().add("actions-tab");
        tab = new Tab(i18n.t("actions.tab.files"), box);
        tab.setId("action-tab-files");
        tab.setClosable(false);
        tab.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.t("actions.tab.filesCount", model.files.size()), model.files));
    }

    Tab tab() {
        return tab;
    }

    private HBox buttons() {
        Button link = new Button(i18n.t("actions.files.link"));
        link.setOnAction(e -> choose(false));
        Button copy = new Button(i18n.t("actions.files.copy"));
        copy.setOnAction(e -> choose(true));
        Button open = new Button(i18n.t("actions.files.open"));
        open.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> openSelected());
        Button remove = new Button(i18n.t("actions.files.remove"));
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> model.files.remove(list.getSelectionModel().getSelectedItem()));
        return new HBox(8, link, copy, open, remove);
    }

    private void choose(boolean copy) {
        dialogs.chooseOpenFile(i18n.t(copy ? "actions.files.copy" : "actions.files.link"),
                        List.of(new FileChooser.ExtensionFilter(i18n.t("actions.files.all"), "*.*")))
                .ifPresent(path -> model.files.add(new ActionFile(null, path.getFileName().toString(),
                        path.toAbsolutePath().toString(), copy)));
    }

    private void openSelected() {
        ActionFile file = list.getSelectionModel().getSelectedItem();
        if (file != null) {
            dialogs.open(locate.apply(file));
        }
    }

    private String describe(ActionFile file) {
        String where = file.copied() && file.id() == null ? i18n.t("actions.files.toCopy")
                : file.copied() ? i18n.t("actions.files.copied") : file.path();
        return file.label() + " — " + where;
    }
}
