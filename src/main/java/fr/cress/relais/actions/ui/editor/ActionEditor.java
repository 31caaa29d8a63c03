package fr.cress.relais.actions.ui.editor;

import atlantafx.base.theme.Styles;
import fr.cress.relais.actions.ActionFile;
import fr.cress.relais.actions.Directory;
import fr.cress.relais.actions.Objective;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.ui.DialogService;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * The detail editor of a joint action: a title, the tabs Général, Partenaires, Indicateurs, Budget and
 * Fichiers, and a bar with the problems to fix and the buttons Enregistrer (Ctrl+S), Annuler les
 * modifications and Supprimer.
 */
public final class ActionEditor {

    private final ActionEditorModel model;
    private final BorderPane root = new BorderPane();
    private final GeneralTab general;
    private final PartnersTab partners;
    private final BudgetTab budget;
    private final TabPane tabs = new TabPane();

    /** Adds the history of the action shown as the last tab. */
    public void addHistory(fr.cress.relais.common.ui.HistoryPane history) {
        tabs.getTabs().add(history.tab());
        model.shownId.addListener((o, was, id) -> history.show("joint_action", id));
    }

    public ActionEditor(I18n i18n, ActionEditorModel model, DialogService dialogs, Function<ActionFile, Path> locate,
                        Runnable save, Runnable revert, Runnable delete) {
        this.model = model;
        general = new GeneralTab(i18n, model);
        partners = new PartnersTab(i18n, model);
        budget = new BudgetTab(i18n, model);
        tabs.getTabs().setAll(general.tab(), partners.tab(), new IndicatorsTab(i18n, model).tab(), budget.tab(),
                new FilesTab(i18n, model, dialogs, locate).tab());
        tabs.setId("action-tabs");
        Label heading = new Label();
        heading.getStyleClass().add(Styles.TITLE_3);
        heading.setWrapText(true);
        heading.textProperty().bind(Bindings.createStringBinding(() -> !model.title.get().isBlank() ? model.title.get()
                : i18n.t(model.isNew() ? "actions.editor.untitled" : "actions.editor.noTitle"), model.title));
        Label dirty = new Label(i18n.t("actions.editor.unsaved"));
        dirty.getStyleClass().add("unsaved-badge");
        dirty.visibleProperty().bind(model.dirtyProperty());
        root.setTop(new VBox(4, heading, dirty));
        root.setCenter(tabs);
        root.setBottom(bar(i18n, save, revert, delete));
        root.getStyleClass().add("action-editor");
        root.setId("action-editor");
    }

    /** Fills the choice of objective with those of the programme. */
    public void setObjectives(List<Objective> objectives, Function<Objective, String> label) {
        model.untracked(() -> general.setObjectives(objectives, label));
    }

    /** Fills the choices of partners, contacts and funders with the whole directory. */
    public void setDirectory(Directory directory) {
        model.untracked(() -> {
            partners.setDirectory(directory.organisationsInOrder(), directory.contactsInOrder());
            budget.setFunders(directory.organisationsInOrder());
        });
    }

    public Node node() {
        return root;
    }

    public void focusTitle() {
        tabs.getSelectionModel().select(0);
        root.lookup("#action-title").requestFocus();
    }

    private HBox bar(I18n i18n, Runnable save, Runnable revert, Runnable delete) {
        Label problems = new Label();
        problems.setId("action-problems");
        problems.getStyleClass().add("field-error");
        problems.setWrapText(true);
        problems.textProperty().bind(Bindings.createStringBinding(() -> model.problems().isEmpty() ? ""
                : i18n.t("actions.editor.problems", model.problems().size()), model.problems()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button saveButton = new Button(i18n.t("actions.editor.save"));
        saveButton.setId("action-save");
        saveButton.getStyleClass().add(Styles.ACCENT);
        saveButton.disableProperty().bind(model.dirtyProperty().not());
        saveButton.setOnAction(e -> save.run());
        Button revertButton = new Button(i18n.t("actions.editor.revert"));
        revertButton.setId("action-revert");
        revertButton.disableProperty().bind(model.dirtyProperty().not());
        revertButton.setOnAction(e -> revert.run());
        Button deleteButton = new Button(i18n.t("actions.editor.delete"));
        deleteButton.setId("action-delete");
        deleteButton.getStyleClass().add(Styles.DANGER);
        deleteButton.setOnAction(e -> delete.run());
        for (Button b : new Button[]{deleteButton, revertButton, saveButton}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox bar = new HBox(8, problems, spacer, deleteButton, revertButton, saveButton);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("editor-bar");
        return bar;
    }
}
