package fr.cress.relais.actions.ui;

import fr.cress.relais.actions.JointAction;
import fr.cress.relais.actions.Objective;
import fr.cress.relais.actions.ProgrammeSnapshot;
import fr.cress.relais.actions.ui.editor.ActionEditor;
import fr.cress.relais.common.feature.SectionId;
import fr.cress.relais.common.feature.UiContext;
import fr.cress.relais.common.ui.EmptyState;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

import java.util.function.Supplier;

/**
 * The right side of the Actions section: the editor of the selected action, or of the selected programme,
 * axis or objective, or an empty state. It guards unsaved edits before showing something else. The action
 * editor is built the first time an action is shown, the editor of a programme, axis or objective the first
 * time one is chosen, so that the tree shows first.
 */
final class DetailPane {

    private final UiContext ui;
    private final ActionsViewModel model;
    private final Supplier<ActionEditor> newEditor;
    private ActionEditor editor;
    /** The editor of a programme, axis or objective: built at the first such selection. */
    private StructureEditor structure;
    private final StructureActions structureActions;
    private final int thisYear;
    private final StackPane root = new StackPane();
    private TreeEntry current;
    private ProgrammeSnapshot snapshot;

    DetailPane(UiContext ui, ActionsViewModel model, Supplier<ActionEditor> editor, StructureActions structure,
               int thisYear, ActionsToolbar toolbar) {
        this.ui = ui;
        this.model = model;
        this.newEditor = editor;
        this.structureActions = structure;
        this.thisYear = thisYear;
        root.getStyleClass().add("actions-detail");
        toolbar.newAction.setOnAction(e -> newAction());
        toolbar.newProgramme.setOnAction(e -> newProgramme());
        model.choices.addListener((o, was, directory) -> {
            if (this.editor != null && directory != null) {
                this.editor.setDirectory(directory);
            }
        });
    }

    private StructureEditor structure() {
        if (structure == null) {
            structure = new StructureEditor(ui.i18n(), structureActions, this::newAction);
        }
        return structure;
    }

    /** The action editor, built on first use with the choices known so far. */
    private ActionEditor editor() {
        if (editor == null) {
            editor = newEditor.get();
            if (snapshot != null) {
                giveObjectives();
            }
            if (model.choices.get() != null) {
                editor.setDirectory(model.choices.get());
            }
        }
        return editor;
    }

    Node node() {
        return root;
    }

    TreeEntry current() {
        return current;
    }

    /** Gives the editor the objectives of {@code snapshot}; nothing to do when it is the one already given. */
    void setSnapshot(ProgrammeSnapshot snapshot) {
        if (snapshot == this.snapshot) {
            return;
        }
        this.snapshot = snapshot;
        if (editor != null) {
            giveObjectives();
        }
    }

    private void giveObjectives() {
        ProgrammeSnapshot s = snapshot;
        editor.setObjectives(s.objectives(), o -> ui.i18n().t("actions.objective.label", s.ref(o), o.title()));
    }

    /** Shows the editor of {@code entry}; false when the user kept unsaved edits of what was shown. */
    boolean show(TreeEntry entry) {
        if (entry.sameAs(current)) {
            current = entry;
            if (isStructure() && !structure.isDirty()) {
                structure.show(entry, snapshot);
            }
            return true;
        }
        if (!canLeave()) {
            return false;
        }
        current = entry;
        switch (entry.kind()) {
            case ACTION -> {
                model.open(entry.action());
                root.getChildren().setAll(editor().node());
            }
            case LOOSE -> showHint();
            default -> {
                structure().show(entry, snapshot);
                root.getChildren().setAll(StructureEditor.scroll(structure.node()));
            }
        }
        return true;
    }

    boolean canLeave() {
        if (isStructure() && structure.isDirty()) {
            boolean discard = ui.dialogs().confirm(ui.i18n().t("actions.unsaved.title"),
                    ui.i18n().t("actions.unsaved.message", current.label()), ui.i18n().t("actions.unsaved.discard"));
            if (discard) {
                structure.show(current, snapshot); // back to what is saved
            }
            return discard;
        }
        return model.canDiscard();
    }

    boolean isDirty() {
        return model.editor.isDirty() || (isStructure() && structure.isDirty());
    }

    /** Ctrl+N: a new action in the selected objective (or the objective of the selected action). */
    void newAction() {
        if (snapshot == null || !canLeave()) {
            return;
        }
        Objective objective = null;
        if (current != null && current.kind() == TreeEntry.Kind.OBJECTIVE) {
            objective = current.objective();
        } else if (current != null && current.isAction()) {
            objective = snapshot.objective(current.action().objectiveId()).orElse(null);
        }
        ActionEditor shown = editor();
        model.newAction(objective);
        current = new TreeEntry(TreeEntry.Kind.ACTION, model.editor.base(), "", "");
        root.getChildren().setAll(shown.node());
        shown.focusTitle();
    }

    /** Ctrl+S. */
    void save() {
        if (isStructure()) {
            structure.save();
        } else if (model.editor.isLoaded() && model.editor.isDirty()) {
            model.save();
        }
    }

    /** Suppr in the tree: deletes what is selected, after confirmation. */
    void deleteSelected() {
        if (current == null) {
            return;
        }
        if (current.isAction()) {
            model.delete(current.action(), this::showHint);
        } else if (current.kind() != TreeEntry.Kind.LOOSE) {
            structureActions.delete(current);
        }
    }

    void showHint() {
        current = null;
        root.getChildren().setAll(new EmptyState(Material2OutlinedAL.ASSIGNMENT, ui.i18n().t("actions.hint.title"),
                ui.i18n().t("actions.hint.message")));
    }

    void showNoProgramme() {
        current = null;
        EmptyState empty = new EmptyState(Material2OutlinedAL.ASSIGNMENT, ui.i18n().label(SectionId.ACTIONS),
                ui.i18n().t("actions.noProgramme")).withAction(ui.i18n().t("actions.toolbar.newProgramme"),
                this::newProgramme);
        empty.setId("actions-no-programme");
        root.getChildren().setAll(empty);
    }

    private void newProgramme() {
        if (!canLeave()) {
            return;
        }
        new NewProgrammeDialog(ui.i18n(), root.getScene().getWindow(), model.programmes, model.programme.get(), thisYear)
                .showAndWait().ifPresent(structureActions::create);
    }

    /** True when a programme, an axis or an objective is shown (its editor is then built). */
    private boolean isStructure() {
        return structure != null && current != null && !current.isAction() && current.kind() != TreeEntry.Kind.LOOSE;
    }

    static TreeEntry actionEntry(long id) {
        return new TreeEntry(TreeEntry.Kind.ACTION, new JointAction(id, 0, null, 0, "", null, null, null, null, null,
                null, null, null, null, null, 0), "", "");
    }
}
