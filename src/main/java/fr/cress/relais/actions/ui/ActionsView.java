package fr.cress.relais.actions.ui;

import fr.cress.relais.actions.ActionService;
import fr.cress.relais.actions.JointAction;
import fr.cress.relais.actions.ProgrammeService;
import fr.cress.relais.actions.ProgrammeSnapshot;
import fr.cress.relais.actions.ui.editor.ActionEditor;
import fr.cress.relais.common.feature.SectionView;
import fr.cress.relais.common.feature.UiContext;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;

import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The Actions section: the programme as a tree (programme › axis › objective › action) with a filter, and
 * the editor of what is selected. Ctrl+N new action, Ctrl+S save, Ctrl+F filter, Suppr delete (confirmed).
 */
public final class ActionsView implements SectionView {

    private static final KeyCombination NEW = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);

    private final UiContext ui;
    private final ActionsViewModel model;
    private final ActionsToolbar toolbar;
    private final ActionTree tree;
    private DetailPane detail;
    /** « Aucune action ne correspond… »: made the first time a filter matches nothing. */
    private Label noMatch;
    private final StackPane treeSide;
    private final BorderPane root = new BorderPane();
    private boolean loadedOnce;
    private boolean showing;
    /** Data changed while the section was hidden: read again at the next showing (with its target). */
    private boolean stale;

    public ActionsView(UiContext ui, ProgrammeService programmes, ActionService actions, int thisYear) {
        this(ui, programmes, actions, thisYear, null);
    }

    /** With the {@code core}: a refused save opens the shared conflict dialog, the history shows in a tab. */
    public ActionsView(UiContext ui, ProgrammeService programmes, ActionService actions, int thisYear,
                       fr.cress.relais.common.feature.Core core) {
        this.ui = ui;
        this.model = new ActionsViewModel(ui, programmes, actions,
                core == null ? null : new fr.cress.relais.common.ui.EditConflicts(ui, core));
        model.loadProgrammes(null, null); // read while the nodes are built; shown() asks again only for a target
        StructureActions structure = new StructureActions(ui, programmes, model);
        this.toolbar = new ActionsToolbar(ui.i18n(), model);
        this.tree = new ActionTree(ui.i18n());
        this.detail = new DetailPane(ui, model, () -> {
            ActionEditor editor = new ActionEditor(ui.i18n(), model.editor, ui.dialogs(), actions::locate,
                    model::save, model::revert, () -> detail.deleteSelected());
            if (core != null) {
                editor.addHistory(new fr.cress.relais.common.ui.HistoryPane(ui, core));
            }
            return editor;
        }, structure, thisYear, toolbar);
        treeSide = new StackPane(tree.view());
        SplitPane split = new SplitPane(treeSide, detail.node());
        split.setDividerPositions(0.36);
        root.setTop(toolbar.node());
        root.setCenter(split);
        root.setId("section-actions");
        root.getStylesheets().add(Objects.requireNonNull(
                ActionsView.class.getResource("/fr/cress/relais/actions/actions.css")).toExternalForm());
        root.getStyleClass().add("actions-section");
        wire();
    }

    private void wire() {
        model.onLoaded(this::rebuild);
        model.filter.addListener((o, a, b) -> rebuild(detail.current()));
        model.navFilter.addListener((o, a, b) -> rebuild(detail.current()));
        toolbar.programme.setOnAction(e -> {
            var chosen = toolbar.programme.getValue();
            if (chosen != null && model.programme.get() != null && !chosen.id().equals(model.programme.get().id())) {
                if (detail.canLeave()) {
                    model.navFilter.set(null);
                    model.loadProgrammes(chosen.id(), null);
                } else {
                    toolbar.programme.setValue(model.programme.get());
                }
            }
        });
        tree.view().getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (now != null && !detail.show(now.getValue())) {
                tree.select(old == null ? null : old.getValue());
            }
        });
        tree.view().setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                detail.deleteSelected();
                e.consume();
            }
        });
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
    }

    private void shortcut(KeyEvent e) {
        if (NEW.match(e)) {
            detail.newAction();
        } else if (SAVE.match(e)) {
            detail.save();
        } else if (FIND.match(e)) {
            toolbar.filter.requestFocus();
            toolbar.filter.selectAll();
        } else {
            return;
        }
        e.consume();
    }

    private void rebuild(TreeEntry select) {
        ProgrammeSnapshot snapshot = model.snapshot.get();
        toolbar.programme.setValue(model.programme.get());
        if (snapshot == null) {
            detail.showNoProgramme();
            tree.view().setRoot(null);
            toolbar.count.setText("");
            showNoMatch(false);
            return;
        }
        ActionFilter nav = model.navFilter.get();
        String text = ActionTree.fold(model.filter.get().strip());
        Set<Long> ids = nav == null ? null : nav.actionIds();
        Predicate<JointAction> filter = a -> (ids == null || ids.contains(a.id()))
                && (text.isEmpty() || model.searchText(a).contains(text));
        boolean filtering = ids != null || !text.isEmpty();
        int shown = tree.show(snapshot, filter, filtering);
        toolbar.count.setText(ui.i18n().t("actions.toolbar.count", shown, snapshot.actions().size()));
        showNoMatch(filtering && shown == 0);
        detail.setSnapshot(snapshot);
        TreeEntry wanted = select == null && ids != null && ids.size() == 1
                ? DetailPane.actionEntry(ids.iterator().next()) : select;
        if (!tree.select(wanted) && !loadedOnce) {
            detail.showHint();
        }
        loadedOnce = true;
    }

    private void showNoMatch(boolean show) {
        if (show && noMatch == null) {
            noMatch = new Label(ui.i18n().t("actions.tree.noMatch"));
            noMatch.getStyleClass().add("text-muted");
            noMatch.setWrapText(true);
            treeSide.getChildren().add(noMatch);
        }
        if (noMatch != null) {
            noMatch.setVisible(show);
        }
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void shown(Object target) {
        showing = true;
        boolean readAgain = stale && !detail.isDirty();
        stale = false;
        if (target instanceof ActionFilter f) {
            model.filter.set("");
            model.navFilter.set(f);
            if (model.programme.get() == null || model.programme.get().id() != f.programmeId()) {
                model.loadProgrammes(f.programmeId(), null);
            } else if (readAgain) {
                model.reload(detail.current());
            }
        } else if (target instanceof Long actionId) {
            model.loadProgrammes(null, DetailPane.actionEntry(actionId));
        } else if (!loadedOnce && !model.isLoading()) {
            model.loadProgrammes(null, null);
        } else if (readAgain) {
            model.reload(detail.current());
        }
    }

    @Override
    public void hidden() {
        showing = false;
    }

    @Override
    public boolean canLeave() {
        return detail.canLeave();
    }

    @Override
    public void refresh() {
        model.directoryChanged();
        if (!showing) {
            stale = true;
        } else if (!detail.isDirty()) {
            model.reload(detail.current());
        }
    }
}
