package fr.cress.relais.actions.ui;

import fr.cress.relais.actions.ActionDetail;
import fr.cress.relais.actions.ActionKind;
import fr.cress.relais.actions.ActionService;
import fr.cress.relais.actions.ActionStatus;
import fr.cress.relais.actions.Directory;
import fr.cress.relais.actions.JointAction;
import fr.cress.relais.actions.Objective;
import fr.cress.relais.actions.Programme;
import fr.cress.relais.actions.ProgrammeService;
import fr.cress.relais.actions.ProgrammeSnapshot;
import fr.cress.relais.actions.ui.editor.ActionEditorModel;
import fr.cress.relais.common.feature.UiContext;
import fr.cress.relais.common.ui.EditConflicts;
import fr.cress.relais.common.ui.RecordVersions;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * State of the Actions section: the programmes, the snapshot of the one shown, the filters, and the action
 * being edited. Every read and write goes through the task runner; after a save the dashboard is told.
 * The tree comes first (the programme with its organisations' names); the filter's texts are prepared just
 * after, in the background. The whole directory the editor offers (every organisation and contact: tens of
 * thousands on a large network) is read when an action is first opened or started, then kept until
 * {@link #directoryChanged()}.
 */
final class ActionsViewModel {

    static final String TOPIC = "actions";

    final ObservableList<Programme> programmes = FXCollections.observableArrayList();
    final ObjectProperty<Programme> programme = new SimpleObjectProperty<>();
    final ObjectProperty<ProgrammeSnapshot> snapshot = new SimpleObjectProperty<>();
    /** The text each action of the snapshot is filtered on, by action id (built with the snapshot). */
    private Map<Long, String> searchTexts = Map.of();
    final StringProperty filter = new SimpleStringProperty("");
    final ObjectProperty<ActionFilter> navFilter = new SimpleObjectProperty<>();
    /** Every organisation and contact the editor offers, sorted; null until first needed. */
    final ObjectProperty<Directory> choices = new SimpleObjectProperty<>();
    final ActionEditorModel editor;
    private final UiContext ui;
    private final ProgrammeService programmeService;
    private final ActionService actionService;
    private final EditConflicts conflicts;
    private final DirectoryCache directory;
    private TreeEntry wanted;
    private Consumer<TreeEntry> onLoaded;
    /** A reading arrived before {@link #onLoaded} was called. */
    private boolean loadedEarly;
    private int requests;
    private int shownRequest;

    ActionsViewModel(UiContext ui, ProgrammeService programmes, ActionService actions) {
        this(ui, programmes, actions, null);
    }

    /** With {@code conflicts}, a save refused because someone saved first opens the shared conflict dialog. */
    ActionsViewModel(UiContext ui, ProgrammeService programmes, ActionService actions, EditConflicts conflicts) {
        this(ui, programmes, actions, conflicts, actions::directory);
    }

    /** With the reading of the editor's directory given (tests count the readings). */
    ActionsViewModel(UiContext ui, ProgrammeService programmes, ActionService actions, EditConflicts conflicts,
                     java.util.function.Supplier<Directory> directoryReader) {
        this.conflicts = conflicts;
        this.ui = ui;
        this.programmeService = programmes;
        this.actionService = actions;
        this.editor = new ActionEditorModel(ui.i18n());
        this.directory = new DirectoryCache(directoryReader);
    }

    /**
     * Called with the node to select each time a snapshot has been loaded; a snapshot read before the callback
     * was given (the view asks for its programme before building its nodes) is handed over at once.
     */
    void onLoaded(Consumer<TreeEntry> callback) {
        this.onLoaded = callback;
        if (loadedEarly) {
            loadedEarly = false;
            callback.accept(wanted);
        }
    }

    /** True while the last reading asked for has not arrived (nor failed). */
    boolean isLoading() {
        return shownRequest != requests;
    }

    /**
     * Reloads the list of programmes, shows {@code programmeId} (or the current one) and selects {@code select}.
     * Readings are numbered: only the last one asked for fills the view (an earlier one may end later).
     */
    void loadProgrammes(Long programmeId, TreeEntry select) {
        wanted = select;
        int request = ++requests;
        ui.tasks().job(ui.i18n().t("actions.loading"), p -> read(programmeId))
                .onSuccess(l -> {
                    if (request == requests) {
                        shownRequest = request;
                        loaded(l);
                    }
                })
                .onFailure(error -> {
                    if (request == requests) {
                        shownRequest = request;
                    }
                    ui.dialogs().showError(error);
                })
                .start();
    }

    /** The programmes (read once), the one asked for or the current one, and its outline. */
    private Loaded read(Long programmeId) {
        List<Programme> all = programmeService.programmes();
        ProgrammeSnapshot outline = Optional.ofNullable(programmeId).flatMap(programmeService::programme)
                .or(() -> programmeService.current(all))
                .map(pr -> programmeService.outline(pr.id())).orElse(null);
        return new Loaded(all, outline);
    }

    /** Reloads the programme shown, keeping (or changing to) the selection {@code select}. */
    void reload(TreeEntry select) {
        Programme p = programme.get();
        loadProgrammes(p == null ? null : p.id(), select);
    }

    private record Loaded(List<Programme> programmes, ProgrammeSnapshot snapshot) {
    }

    /** Once the tree is shown, in the background: the texts the filter looks into. */
    private void prepare(ProgrammeSnapshot s) {
        ui.tasks().job(ui.i18n().t("actions.loading"), p -> searchTexts(s))
                .onSuccess(texts -> {
                    if (s == snapshot.get()) {
                        searchTexts = texts;
                    }
                })
                .onFailure(ui.dialogs()::showError)
                .start();
    }

    /** Organisations or contacts may have changed elsewhere: the editor's directory is read again when needed. */
    void directoryChanged() {
        directory.invalidate();
    }

    /** Reads the editor's directory in the background if it is not read yet (a new action offers it at once). */
    private void needChoices() {
        if (directory.now() != null && directory.now() == choices.get()) {
            return;
        }
        ui.tasks().job(ui.i18n().t("actions.loading"), p -> directory.get())
                .onSuccess(choices::set)
                .onFailure(ui.dialogs()::showError)
                .start();
    }

    private Map<Long, String> searchTexts(ProgrammeSnapshot s) {
        Map<Long, String> texts = new HashMap<>();
        s.actions().forEach(a -> texts.put(a.id(), ActionTree.searchText(s, a, ui.i18n())));
        return texts;
    }

    /** The folded text the filter looks into for {@code action}. */
    String searchText(JointAction action) {
        String text = searchTexts.get(action.id());
        return text != null ? text : ActionTree.searchText(snapshot.get(), action, ui.i18n());
    }

    private void loaded(Loaded loaded) {
        searchTexts = Map.of();
        programmes.setAll(loaded.programmes());
        snapshot.set(loaded.snapshot());
        programme.set(loaded.snapshot() == null ? null : loaded.snapshot().programme());
        if (onLoaded != null) {
            onLoaded.accept(wanted);
        } else {
            loadedEarly = true;
        }
        if (loaded.snapshot() != null) {
            prepare(loaded.snapshot());
        }
    }

    private record Opened(ActionDetail detail, Directory directory) {
    }

    /** Loads an action into the editor (with the whole directory, read first if it is not yet). */
    void open(JointAction action) {
        ProgrammeSnapshot s = snapshot.get();
        ui.tasks().job(ui.i18n().t("actions.loading"), p -> new Opened(actionService.detail(action.id()), directory.get()))
                .onSuccess(opened -> {
                    choices.set(opened.directory());
                    editor.load(opened.detail(), opened.directory(), s.objectives());
                })
                .onFailure(ui.dialogs()::showError)
                .start();
    }

    /** The directory to show an action with: the whole one once read, else the programme's organisations. */
    private Directory editorDirectory(ProgrammeSnapshot s) {
        return choices.get() != null ? choices.get() : s.directory();
    }

    /** Starts a new action in {@code objective} (may be null), planned over the programme's years. */
    void newAction(Objective objective) {
        ProgrammeSnapshot s = snapshot.get();
        Programme p = s.programme();
        JointAction draft = new JointAction(null, p.id(), objective == null ? null : objective.id(), 0, "",
                ActionKind.OTHER, ActionStatus.PLANNED, p.startYear(), p.endYear(), null, null, null, null, null,
                null, 0);
        editor.load(ActionDetail.of(draft), editorDirectory(s), s.objectives());
        needChoices();
    }

    /** Saves the action being edited; on success reloads the tree and tells the dashboard. */
    void save() {
        Optional<ActionDetail> draft = editor.draft();
        if (draft.isEmpty() || !editor.problems().isEmpty()) {
            ui.dialogs().showError(ui.i18n().t("common.dialog.error.title"), ui.i18n().t("actions.validation.invalid"),
                    editor.problems().values().stream().sorted().toList());
            return;
        }
        save(draft.get());
    }

    private void save(ActionDetail yours) {
        ui.tasks().job(ui.i18n().t("actions.saving"), p -> {
                    Directory read = directory.get(); // first: a save is never reported failed once done
                    return new Opened(actionService.save(yours), read);
                })
                .onSuccess(opened -> {
                    ProgrammeSnapshot s = snapshot.get();
                    ActionDetail saved = opened.detail();
                    editor.load(saved, opened.directory(), s.objectives());
                    reload(new TreeEntry(TreeEntry.Kind.ACTION, saved.action(), "", saved.action().title()));
                    ui.events().changed(TOPIC);
                })
                .onFailure(error -> saveFailed(error, yours))
                .start();
    }

    private void saveFailed(Throwable error, ActionDetail yours) {
        JointAction action = yours.action();
        if (conflicts == null || action.id() == null) {
            ui.dialogs().showError(error);
            return;
        }
        conflicts.saveFailed(error, new EditConflicts.Edit<>("joint_action", action.id(), action,
                () -> actionService.find(action.id()).map(ActionDetail::action).orElse(null),
                theirs -> {
                    editor.dirtyProperty().set(false);
                    open(theirs);
                },
                theirs -> save(new ActionDetail(RecordVersions.withVersion(action, theirs.version()), yours.partners(),
                        yours.contactIds(), yours.files(), yours.indicators(), yours.budget()))));
    }

    /** Puts back what was last loaded (a new action is dropped). */
    void revert() {
        JointAction base = editor.base();
        if (base != null && base.id() != null) {
            open(base);
        } else if (base != null) {
            newAction(snapshot.get().objective(base.objectiveId()).orElse(null));
        }
    }

    /** Deletes an action after confirmation; {@code then} runs once it is gone. */
    void delete(JointAction action, Runnable then) {
        if (action.id() == null) {
            editor.dirtyProperty().set(false); // a new action not saved yet is simply dropped
            then.run();
            return;
        }
        if (!ui.dialogs().confirm(ui.i18n().t("actions.delete.title"),
                ui.i18n().t("actions.delete.action", action.title()), ui.i18n().t("actions.delete.confirm"))) {
            return;
        }
        ui.tasks().job(ui.i18n().t("actions.deleting"), p -> {
                    actionService.delete(action.id());
                    return null;
                })
                .onSuccess(r -> {
                    then.run();
                    reload(null);
                    ui.events().changed(TOPIC);
                })
                .onFailure(ui.dialogs()::showError)
                .start();
    }

    /** True when nothing unsaved would be lost, or the user agreed to drop it. */
    boolean canDiscard() {
        if (!editor.isDirty()) {
            return true;
        }
        boolean discard = ui.dialogs().confirm(ui.i18n().t("actions.unsaved.title"),
                ui.i18n().t("actions.unsaved.message", editedName()),
                ui.i18n().t("actions.unsaved.discard"));
        if (discard) {
            editor.dirtyProperty().set(false);
            revert();
        }
        return discard;
    }

    /** The title typed, else the title saved, else « Nouvelle action ». */
    private String editedName() {
        String typed = editor.titleProperty().get().strip();
        if (!typed.isEmpty()) {
            return typed;
        }
        JointAction base = editor.base();
        return base != null && base.title() != null && !base.title().isBlank() ? base.title()
                : ui.i18n().t("actions.editor.untitled");
    }
}
