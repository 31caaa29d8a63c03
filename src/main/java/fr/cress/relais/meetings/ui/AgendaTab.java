package fr.cress.relais.meetings.ui;

import fr.cress.relais.meetings.ActionItemStatus;
import fr.cress.relais.meetings.AgendaItem;
import fr.cress.relais.meetings.AgendaService;
import fr.cress.relais.meetings.MeetingFile;
import fr.cress.relais.meetings.MeetingTexts;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

import java.util.ArrayList;
import java.util.List;

/**
 * « Ordre du jour »: the points in order (drag to reorder, or Alt+Up / Alt+Down), the planned duration, and
 * beside the list the selected point; for « Suivi des actions », the open items of earlier meetings, which
 * can be closed right there (that table is made when such a point is first shown).
 */
final class AgendaTab extends EditorTab {

    private final MeetingViewModel vm;
    private final MeetingTexts texts;
    private final ListView<AgendaItem> list = new ListView<>();
    private final Label total = new Label();
    private final VBox detail = new VBox(8);
    private ActionItemsTable carried;
    private MeetingFile file;
    /** The point and the meeting the detail beside the list shows. */
    private AgendaItem detailOf;
    private MeetingFile detailFile;

    AgendaTab(MeetingViewModel vm) {
        super(vm, "tab-agenda", "meetings.tab.agenda");
        this.vm = vm;
        this.texts = new MeetingTexts(vm.ui().i18n());
    }

    @Override
    Node build() {
        list.setId("agenda-list");
        list.setCellFactory(l -> new AgendaCell(texts, () -> file == null ? 0 : file.openCarriedItems().size(),
                this::drop));
        list.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> showDetail(b));
        total.setId("agenda-total");
        total.getStyleClass().add("text-muted");
        var bar = Ui.bar(
                Ui.button("agenda-add", vm.t("meetings.agenda.add"), Material2OutlinedAL.ADD, vm.t("meetings.agenda.add.tooltip"),
                        this::add),
                Ui.button("agenda-edit", null, Material2OutlinedAL.EDIT, vm.t("meetings.action.edit"), this::edit),
                Ui.button("agenda-up", null, Material2OutlinedAL.ARROW_UPWARD, vm.t("meetings.agenda.up"), () -> move(-1)),
                Ui.button("agenda-down", null, Material2OutlinedAL.ARROW_DOWNWARD, vm.t("meetings.agenda.down"), () -> move(1)),
                Ui.button("agenda-remove", null, Material2OutlinedAL.DELETE_OUTLINE, vm.t("meetings.action.remove"),
                        this::remove));
        VBox left = new VBox(8, bar, list, total);
        VBox.setVgrow(list, Priority.ALWAYS);
        detail.getStyleClass().add("agenda-detail");
        SplitPane split = new SplitPane(left, detail);
        split.setDividerPositions(0.48);
        return new BorderPane(split);
    }

    @Override
    void fill(MeetingFile f) {
        Long selected = selectedId();
        this.file = f;
        list.getItems().setAll(f.agenda());
        int minutes = f.agenda().stream().mapToInt(a -> a.durationMinutes() == null ? 0 : a.durationMinutes()).sum();
        total.setText(vm.t("meetings.agenda.total", texts.duration(minutes),
                texts.time(f.meeting().startsAt().toLocalTime().plusMinutes(minutes))));
        f.agenda().stream().filter(a -> selected != null && a.id() == selected).findFirst()
                .ifPresentOrElse(a -> list.getSelectionModel().select(a), () -> list.getSelectionModel().selectFirst());
        AgendaItem chosen = list.getSelectionModel().getSelectedItem();
        if (chosen != detailOf || f != detailFile) { // not already shown by the selection's listener
            showDetail(chosen);
        }
    }

    private void showDetail(AgendaItem item) {
        detailOf = item;
        detailFile = file;
        detail.getChildren().clear();
        if (item == null || file == null) {
            return;
        }
        detail.getChildren().add(Ui.heading(item.title()));
        if (item.followUp()) {
            if (carried == null) {
                carried = new ActionItemsTable("agenda-carried", texts, vm::today);
            }
            carried.getItems().setAll(file.carriedItems());
            detail.getChildren().addAll(Ui.muted(vm.t("meetings.agenda.followUp.help")), Ui.bar(
                    Ui.button("agenda-carried-done", vm.t("meetings.items.done"), Material2OutlinedAL.CHECK_CIRCLE_OUTLINE,
                            () -> close(ActionItemStatus.DONE)),
                    Ui.button("agenda-carried-drop", vm.t("meetings.items.drop"), Material2OutlinedMZ.REMOVE_CIRCLE_OUTLINE,
                            () -> close(ActionItemStatus.DROPPED))), carried);
            VBox.setVgrow(carried, Priority.ALWAYS);
        } else {
            String notes = item.notes() == null ? vm.t("meetings.agenda.noNotes") : item.notes();
            detail.getChildren().add(Ui.muted(notes));
        }
    }

    private void close(ActionItemStatus status) {
        var chosen = List.copyOf(carried.getSelectionModel().getSelectedItems());
        if (!chosen.isEmpty()) {
            vm.run("meetings.task.items", p -> {
                vm.services().followUp().close(chosen, status, file.meeting());
                return null;
            });
        }
    }

    private void keys(KeyEvent e) {
        if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
            move(e.getCode() == KeyCode.UP ? -1 : 1);
            e.consume();
        } else if (e.getCode() == KeyCode.DELETE) {
            remove();
            e.consume();
        } else if (e.getCode() == KeyCode.ENTER) {
            edit();
            e.consume();
        }
    }

    private void move(int delta) {
        Long id = selectedId();
        if (id != null) {
            reorder(AgendaService.moved(list.getItems(), id, delta), id);
        }
    }

    private void drop(long draggedId, int targetIndex) {
        int from = list.getItems().stream().map(AgendaItem::id).toList().indexOf(draggedId);
        if (from >= 0 && from != targetIndex) {
            reorder(AgendaService.moved(list.getItems(), draggedId, targetIndex - from), draggedId);
        }
    }

    /** Shows the new order at once, then saves it; the list is reloaded either way. */
    private void reorder(List<Long> ids, long selected) {
        List<AgendaItem> ordered = new ArrayList<>();
        ids.forEach(id -> list.getItems().stream().filter(a -> a.id() == id).findFirst().ifPresent(ordered::add));
        list.getItems().setAll(ordered);
        list.getSelectionModel().select(ids.indexOf(selected));
        long meetingId = file.meeting().id();
        vm.run("meetings.task.reorder", p -> {
            vm.services().agenda().reorder(meetingId, ids);
            return null;
        });
    }

    private void add() {
        if (file != null) {
            long meetingId = file.meeting().id();
            vm.withPicks(() -> AgendaItemDialog.ask(vm, list, null).ifPresent(d -> vm.run("meetings.task.agenda", p -> {
                vm.services().agenda().add(meetingId, d);
                return null;
            })));
        }
    }

    private void edit() {
        AgendaItem item = list.getSelectionModel().getSelectedItem();
        if (item != null) {
            vm.withPicks(() -> AgendaItemDialog.ask(vm, list, item).ifPresent(d -> vm.run("meetings.task.agenda", p -> {
                vm.services().agenda().update(item, d);
                return null;
            })));
        }
    }

    private void remove() {
        AgendaItem item = list.getSelectionModel().getSelectedItem();
        if (item != null && item.followUp()) {
            vm.ui().dialogs().showError(new fr.cress.relais.common.error.BadInputException("meetings.error.followUpKept"));
        } else if (item != null && vm.ui().dialogs().confirm(vm.t("meetings.agenda.remove.title"),
                vm.t("meetings.agenda.remove.message", item.title()), vm.t("meetings.action.remove"))) {
            vm.run("meetings.task.agenda", p -> {
                vm.services().agenda().remove(item);
                return null;
            });
        }
    }

    private Long selectedId() {
        AgendaItem item = list.getSelectionModel().getSelectedItem();
        return item == null ? null : item.id();
    }
}
