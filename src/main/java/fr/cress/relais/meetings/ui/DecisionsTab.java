package fr.cress.relais.meetings.ui;

import fr.cress.relais.meetings.Decision;
import fr.cress.relais.meetings.MeetingFile;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

import java.util.List;

/** « Décisions »: the decisions of this meeting, each under its point. */
final class DecisionsTab extends EditorTab {

    private final MeetingViewModel vm;
    private TableView<Decision> table;

    DecisionsTab(MeetingViewModel vm) {
        super(vm, "tab-decisions", "meetings.tab.decisions");
        this.vm = vm;
    }

    @Override
    Node build() {
        table = new TableView<>();
        table.setId("decisions-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(vm.t("meetings.decisions.empty")));
        TableColumn<Decision, String> point = new TableColumn<>(vm.t("meetings.col.point"));
        point.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().agendaTitle()));
        point.setPrefWidth(240);
        point.setCellFactory(c -> new WrappingCell<>());
        TableColumn<Decision, String> text = new TableColumn<>(vm.t("meetings.col.decision"));
        text.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().text()));
        text.setPrefWidth(520);
        text.setCellFactory(c -> new WrappingCell<>());
        table.getColumns().setAll(List.of(point, text));
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                edit();
            } else if (e.getCode() == KeyCode.DELETE) {
                remove();
            }
        });
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                edit();
            }
        });
        var bar = Ui.bar(
                Ui.button("decision-add", vm.t("meetings.decisions.add"), Material2OutlinedAL.ADD, this::add),
                Ui.button("decision-edit", vm.t("meetings.action.edit"), Material2OutlinedAL.EDIT, this::edit),
                Ui.button("decision-remove", vm.t("meetings.action.remove"), Material2OutlinedAL.DELETE_OUTLINE, this::remove));
        VBox content = new VBox(8, bar, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        return content;
    }

    @Override
    void fill(MeetingFile f) {
        table.getItems().setAll(f.decisions());
    }

    private void add() {
        MeetingFile file = file();
        if (file != null) {
            long id = file.meeting().id();
            DecisionDialog.ask(vm, table, file, null).ifPresent(a -> vm.run("meetings.task.decision", p -> {
                vm.services().followUp().addDecision(id, a.agendaItemId(), a.text());
                return null;
            }));
        }
    }

    private void edit() {
        Decision d = table.getSelectionModel().getSelectedItem();
        if (d != null) {
            DecisionDialog.ask(vm, table, file(), d).ifPresent(a -> vm.run("meetings.task.decision", p -> {
                vm.services().followUp().updateDecision(d, a.agendaItemId(), a.text());
                return null;
            }));
        }
    }

    private void remove() {
        Decision d = table.getSelectionModel().getSelectedItem();
        if (d != null && vm.ui().dialogs().confirm(vm.t("meetings.decisions.remove.title"),
                vm.t("meetings.decisions.remove.message"), vm.t("meetings.action.remove"))) {
            vm.run("meetings.task.decision", p -> {
                vm.services().followUp().removeDecision(d);
                return null;
            });
        }
    }
}
