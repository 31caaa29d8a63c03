package fr.cress.relais.meetings.ui;

import fr.cress.relais.meetings.ActionItem;
import fr.cress.relais.meetings.ActionItemStatus;
import fr.cress.relais.meetings.MeetingFile;
import fr.cress.relais.meetings.MeetingTexts;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

import java.util.List;

/**
 * « Actions »: above, the items of earlier meetings reviewed in this one (close them as done or dropped: the
 * meeting is recorded); below, the items decided in this meeting. Open ones come back at the next meeting.
 */
final class ActionsTab extends EditorTab {

    private final MeetingViewModel vm;
    private ActionItemsTable carried;
    private ActionItemsTable items;
    private final Label carriedCount = new Label();

    ActionsTab(MeetingViewModel vm) {
        super(vm, "tab-actions", "meetings.tab.actions");
        this.vm = vm;
    }

    @Override
    Node build() {
        MeetingTexts texts = new MeetingTexts(vm.ui().i18n());
        carried = new ActionItemsTable("carried-table", texts, vm::today);
        carried.setPlaceholder(new Label(vm.t("meetings.items.carried.empty")));
        items = new ActionItemsTable("items-table", texts, vm::today);
        items.setPlaceholder(new Label(vm.t("meetings.items.empty")));
        items.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                edit();
            }
        });
        carriedCount.setId("carried-count");
        carriedCount.getStyleClass().add("text-muted");
        VBox top = new VBox(6, Ui.heading(vm.t("meetings.items.carried")), carriedCount,
                Ui.bar(Ui.button("carried-done", vm.t("meetings.items.done"), Material2OutlinedAL.CHECK_CIRCLE_OUTLINE,
                                () -> close(carried.getSelectionModel().getSelectedItems(), ActionItemStatus.DONE)),
                        Ui.button("carried-drop", vm.t("meetings.items.drop"), Material2OutlinedMZ.REMOVE_CIRCLE_OUTLINE,
                                () -> close(carried.getSelectionModel().getSelectedItems(), ActionItemStatus.DROPPED)),
                        Ui.button("carried-reopen", vm.t("meetings.items.reopen"), Material2OutlinedMZ.UNDO,
                                () -> reopen(carried.getSelectionModel().getSelectedItems()))),
                carried);
        VBox.setVgrow(carried, Priority.ALWAYS);
        VBox bottom = new VBox(6, Ui.heading(vm.t("meetings.items.decided")),
                Ui.bar(Ui.button("item-add", vm.t("meetings.items.add"), Material2OutlinedAL.ADD, this::add),
                        Ui.button("item-edit", vm.t("meetings.action.edit"), Material2OutlinedAL.EDIT, this::edit),
                        Ui.button("item-done", vm.t("meetings.items.done"), Material2OutlinedAL.CHECK_CIRCLE_OUTLINE,
                                () -> close(items.getSelectionModel().getSelectedItems(), ActionItemStatus.DONE)),
                        Ui.button("item-remove", vm.t("meetings.action.remove"), Material2OutlinedAL.DELETE_OUTLINE,
                                this::remove)),
                items);
        VBox.setVgrow(items, Priority.ALWAYS);
        carried.setMinHeight(120);
        items.setMinHeight(100);
        SplitPane split = new SplitPane(top, bottom);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.6);
        return split;
    }

    @Override
    void fill(MeetingFile f) {
        carried.getItems().setAll(f.carriedItems());
        items.getItems().setAll(f.newItems());
        long overdue = f.carriedItems().stream().filter(i -> i.overdue(vm.today())).count();
        carriedCount.setText(vm.t("meetings.items.carried.count", f.openCarriedItems().size(),
                f.carriedItems().size() - f.openCarriedItems().size(), overdue));
    }

    private void close(List<ActionItem> selected, ActionItemStatus status) {
        List<ActionItem> chosen = selected.stream().filter(ActionItem::open).toList();
        if (!chosen.isEmpty()) {
            var meeting = file().meeting();
            vm.run("meetings.task.items", p -> {
                vm.services().followUp().close(chosen, status, meeting);
                return null;
            });
        }
    }

    private void reopen(List<ActionItem> selected) {
        List<ActionItem> chosen = selected.stream().filter(i -> !i.open()).toList();
        if (!chosen.isEmpty()) {
            vm.run("meetings.task.items", p -> {
                vm.services().followUp().reopen(chosen);
                return null;
            });
        }
    }

    private void add() {
        MeetingFile shown = file();
        if (shown != null) {
            long id = shown.meeting().id();
            vm.withPicks(() -> ActionItemDialog.ask(vm, items, shown, null).ifPresent(d -> vm.run("meetings.task.items",
                    p -> vm.services().followUp().addItem(id, d))));
        }
    }

    private void edit() {
        ActionItem item = items.getSelectionModel().getSelectedItem();
        if (item != null) {
            MeetingFile shown = file();
            vm.withPicks(() -> ActionItemDialog.ask(vm, items, shown, item).ifPresent(d -> vm.run("meetings.task.items",
                    p -> {
                        vm.services().followUp().updateItem(item, d);
                        return null;
                    })));
        }
    }

    private void remove() {
        ActionItem item = items.getSelectionModel().getSelectedItem();
        if (item != null && vm.ui().dialogs().confirm(vm.t("meetings.items.remove.title"),
                vm.t("meetings.items.remove.message", item.title()), vm.t("meetings.action.remove"))) {
            vm.run("meetings.task.items", p -> {
                vm.services().followUp().removeItem(item);
                return null;
            });
        }
    }
}
