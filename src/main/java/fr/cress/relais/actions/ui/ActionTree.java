package fr.cress.relais.actions.ui;

import fr.cress.relais.actions.Axis;
import fr.cress.relais.actions.JointAction;
import fr.cress.relais.actions.Objective;
import fr.cress.relais.actions.ProgrammeSnapshot;
import fr.cress.relais.common.i18n.I18n;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;

import java.text.Normalizer;
import java.util.ArrayList;
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

    /** Rebuilds the tree in one pass (children added as whole lists); returns the number of actions shown. */
    int show(ProgrammeSnapshot snapshot, Predicate<JointAction> filter, boolean filtering) {
        shown = 0;
        List<TreeItem<TreeEntry>> axes = new ArrayList<>();
        for (Axis axis : snapshot.axes()) {
            List<TreeItem<TreeEntry>> objectives = new ArrayList<>();
            for (Objective o : snapshot.objectivesOf(axis)) {
                String ref = snapshot.ref(o);
                TreeItem<TreeEntry> objectiveItem = group(new TreeEntry(TreeEntry.Kind.OBJECTIVE, o, ref,
                        i18n.t("actions.objective.label", ref, o.title())), actions(snapshot, snapshot.actionsOf(o), filter));
                keep(objectives, objectiveItem, filtering);
            }
            keep(axes, group(new TreeEntry(TreeEntry.Kind.AXIS, axis, axis.ref(),
                    i18n.t("actions.axis.label", axis.ref(), axis.title())), objectives), filtering);
        }
        List<JointAction> loose = snapshot.actionsWithoutObjective();
        if (!loose.isEmpty()) {
            keep(axes, group(new TreeEntry(TreeEntry.Kind.LOOSE, null, "", i18n.t("actions.tree.noObjective")),
                    actions(snapshot, loose, filter)), true);
        }
        view.setRoot(group(new TreeEntry(TreeEntry.Kind.PROGRAMME, snapshot.programme(), "",
                snapshot.programme().years() + " · " + snapshot.programme().name()), axes));
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

    private List<TreeItem<TreeEntry>> actions(ProgrammeSnapshot snapshot, List<JointAction> actions,
                                              Predicate<JointAction> filter) {
        List<TreeItem<TreeEntry>> items = new ArrayList<>();
        for (JointAction a : actions) {
            if (filter.test(a)) {
                items.add(new TreeItem<>(new TreeEntry(TreeEntry.Kind.ACTION, a, snapshot.ref(a), a.title())));
            }
        }
        shown += items.size();
        return items;
    }

    /** An expanded group node holding {@code children}, added at once (one change event, not one per child). */
    private static TreeItem<TreeEntry> group(TreeEntry entry, List<TreeItem<TreeEntry>> children) {
        TreeItem<TreeEntry> item = new TreeItem<>(entry);
        item.getChildren().setAll(children);
        item.setExpanded(true);
        return item;
    }

    private static void keep(List<TreeItem<TreeEntry>> siblings, TreeItem<TreeEntry> child, boolean onlyIfNotEmpty) {
        if (!onlyIfNotEmpty || !child.getChildren().isEmpty()) {
            siblings.add(child);
        }
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

    /**
     * An action shows its reference, its title and a status badge; group rows are bold. A cell makes its three
     * labels once and puts each new action's texts in them (new labels at every update were styled again at each
     * layout of the tree); its tooltip (a popup window with a scene of its own) is made when the pointer first
     * comes over the cell, then follows the cell's entry.
     */
    private final class Cell extends TreeCell<TreeEntry> {

        private HBox row;
        private Label ref;
        private Label title;
        private Label status;
        private String statusClass;

        Cell() {
            addEventHandler(MouseEvent.MOUSE_ENTERED, e -> {
                if (getTooltip() == null && !isEmpty() && getItem() != null) {
                    setTooltip(new Tooltip(getItem().label()));
                }
            });
        }

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
            if (getTooltip() != null) {
                getTooltip().setText(entry.label());
            }
            if (!entry.isAction()) {
                getStyleClass().add("tree-group");
                setText(entry.label());
                setGraphic(null);
                return;
            }
            getStyleClass().add("tree-action");
            setText(null);
            showAction(entry);
        }

        private void showAction(TreeEntry entry) {
            if (row == null) {
                ref = new Label();
                ref.getStyleClass().add("action-ref");
                title = new Label();
                status = new Label();
                status.getStyleClass().add("status-badge");
                row = new HBox(8, ref, title, status);
            }
            ref.setText(entry.ref());
            title.setText(entry.label());
            status.setText(i18n.label(entry.action().status()));
            String wanted = "status-" + entry.action().status().name().toLowerCase(Locale.ROOT);
            if (!wanted.equals(statusClass)) {
                status.getStyleClass().remove(statusClass);
                status.getStyleClass().add(wanted);
                statusClass = wanted;
            }
            setGraphic(row);
        }
    }
}
