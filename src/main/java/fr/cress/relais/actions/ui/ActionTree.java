package fr.cress.relais.actions.ui;

import fr.cress.relais.actions.Axis;
import fr.cress.relais.actions.JointAction;
import fr.cress.relais.actions.Objective;
import fr.cress.relais.actions.ProgrammeSnapshot;
import fr.cress.relais.common.i18n.I18n;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.HBox;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The programme as a tree: programme › axis › objective › action. With a filter, only matching actions are
 * shown, with their axis and objective; without one, empty objectives are shown too.
 */
final class ActionTree {

    private final I18n i18n;
    private final TreeView<TreeEntry> view = new TreeView<>();
    private int shown;

    ActionTree(I18n i18n) {
        this.i18n = i18n;
        view.setId("actions-tree");
        view.setShowRoot(true);
        view.setCellFactory(t -> new Cell());
    }

    TreeView<TreeEntry> view() {
        return view;
    }

    /** Rebuilds the tree; returns the number of actions shown. */
    int show(ProgrammeSnapshot snapshot, Predicate<JointAction> filter, boolean filtering) {
        shown = 0;
        TreeItem<TreeEntry> root = item(new TreeEntry(TreeEntry.Kind.PROGRAMME, snapshot.programme(), "",
                snapshot.programme().years() + " · " + snapshot.programme().name()));
        for (Axis axis : snapshot.axes()) {
            TreeItem<TreeEntry> axisItem = item(new TreeEntry(TreeEntry.Kind.AXIS, axis, axis.ref(),
                    i18n.t("actions.axis.label", axis.ref(), axis.title())));
            for (Objective o : snapshot.objectivesOf(axis)) {
                TreeItem<TreeEntry> objectiveItem = item(new TreeEntry(TreeEntry.Kind.OBJECTIVE, o, snapshot.ref(o),
                        i18n.t("actions.objective.label", snapshot.ref(o), o.title())));
                addActions(snapshot, objectiveItem, snapshot.actionsOf(o), filter);
                keep(axisItem, objectiveItem, filtering);
            }
            keep(root, axisItem, filtering);
        }
        List<JointAction> loose = snapshot.actionsWithoutObjective();
        if (!loose.isEmpty()) {
            TreeItem<TreeEntry> looseItem = item(new TreeEntry(TreeEntry.Kind.LOOSE, null, "",
                    i18n.t("actions.tree.noObjective")));
            addActions(snapshot, looseItem, loose, filter);
            keep(root, looseItem, true);
        }
        expand(root);
        view.setRoot(root);
        return shown;
    }

    /** Selects the node matching {@code entry} (same kind and id), if shown. */
    boolean select(TreeEntry entry) {
        return entry != null && select(view.getRoot(), entry);
    }

    private boolean select(TreeItem<TreeEntry> item, TreeEntry entry) {
        if (item == null) {
            return false;
        }
        if (item.getValue().sameAs(entry)) {
            view.getSelectionModel().select(item);
            int row = view.getRow(item);
            view.scrollTo(Math.max(0, row - 3));
            return true;
        }
        return item.getChildren().stream().anyMatch(child -> select(child, entry));
    }

    private void addActions(ProgrammeSnapshot snapshot, TreeItem<TreeEntry> parent, List<JointAction> actions,
                            Predicate<JointAction> filter) {
        for (JointAction a : actions) {
            if (filter.test(a)) {
                parent.getChildren().add(item(new TreeEntry(TreeEntry.Kind.ACTION, a, snapshot.ref(a), a.title())));
                shown++;
            }
        }
    }

    private static void keep(TreeItem<TreeEntry> parent, TreeItem<TreeEntry> child, boolean onlyIfNotEmpty) {
        if (!onlyIfNotEmpty || !child.getChildren().isEmpty()) {
            parent.getChildren().add(child);
        }
    }

    private static void expand(TreeItem<TreeEntry> item) {
        item.setExpanded(true);
        item.getChildren().forEach(ActionTree::expand);
    }

    private static TreeItem<TreeEntry> item(TreeEntry entry) {
        return new TreeItem<>(entry);
    }

    /** Text of an action as the filter sees it: accents and case ignored. */
    static String searchText(ProgrammeSnapshot snapshot, JointAction a, I18n i18n) {
        return fold(String.join(" ", snapshot.ref(a), a.title(), a.years(), nullToEmpty(a.place()),
                snapshot.partnerLabels(a), i18n.label(a.kind()), i18n.label(a.status())));
    }

    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** An action shows its reference, its title and a status badge; group rows are bold. */
    private final class Cell extends TreeCell<TreeEntry> {
        @Override
        protected void updateItem(TreeEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            getStyleClass().removeAll("tree-group", "tree-action");
            if (empty || entry == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            setTooltip(new javafx.scene.control.Tooltip(entry.label()));
            if (!entry.isAction()) {
                getStyleClass().add("tree-group");
                setText(entry.label());
                setGraphic(null);
                return;
            }
            getStyleClass().add("tree-action");
            setText(null);
            Label ref = new Label(entry.ref());
            ref.getStyleClass().add("action-ref");
            Label title = new Label(entry.label());
            Label status = new Label(i18n.label(entry.action().status()));
            status.getStyleClass().addAll("status-badge", "status-" + entry.action().status().name().toLowerCase(Locale.ROOT));
            setGraphic(new HBox(8, ref, title, status));
        }
    }
}
