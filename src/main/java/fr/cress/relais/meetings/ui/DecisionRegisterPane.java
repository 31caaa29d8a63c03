package fr.cress.relais.meetings.ui;

import fr.cress.relais.common.text.Formats;
import fr.cress.relais.common.ui.FormattedTableCell;
import fr.cress.relais.meetings.Decision;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

import java.time.LocalDateTime;
import java.util.List;
import java.util.function.LongConsumer;

/** The decisions register: every decision of every meeting, searched as you type; Entrée opens the meeting. */
final class DecisionRegisterPane {

    private final MeetingViewModel vm;
    private final TextField search = new TextField();
    private final Label count = new Label();
    private final TableView<Decision> table = new TableView<>();
    private final PauseTransition typing = new PauseTransition(Duration.millis(250));
    private final VBox root;

    DecisionRegisterPane(MeetingViewModel vm, Runnable back, LongConsumer openMeeting) {
        this.vm = vm;
        search.setId("decisions-search");
        search.setPromptText(vm.t("meetings.register.search"));
        typing.setOnFinished(e -> load());
        search.textProperty().addListener((o, a, b) -> typing.playFromStart());
        count.setId("decisions-count");
        count.getStyleClass().add("text-muted");
        table.setId("decisions-register");
        table.setPlaceholder(new Label(vm.t("meetings.register.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        columns();
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && table.getSelectionModel().getSelectedItem() != null) {
                openMeeting.accept(table.getSelectionModel().getSelectedItem().meetingId());
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                openMeeting.accept(table.getSelectionModel().getSelectedItem().meetingId());
            }
        });
        Label title = new Label(vm.t("meetings.register.title"));
        title.getStyleClass().add("title-3");
        root = new VBox(10, Ui.bar(Ui.button("register-back", vm.t("meetings.back"), Material2OutlinedAL.ARROW_BACK, back),
                title), search, count, table);
        root.setId("meetings-register-page");
        root.getStyleClass().add("page");
        VBox.setVgrow(table, Priority.ALWAYS);
    }

    private void columns() {
        TableColumn<Decision, LocalDateTime> date = new TableColumn<>(vm.t("meetings.list.date"));
        date.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().meetingStart()));
        date.setCellFactory(c -> new FormattedTableCell<>(d -> Formats.date(d.toLocalDate())));
        date.setPrefWidth(105);
        date.setMinWidth(105);
        TableColumn<Decision, String> meeting = new TableColumn<>(vm.t("meetings.register.meeting"));
        meeting.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().meetingTitle()));
        meeting.setComparator(Formats.frenchOrder());
        meeting.setPrefWidth(240);
        TableColumn<Decision, String> point = new TableColumn<>(vm.t("meetings.col.point"));
        point.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().agendaTitle()));
        point.setPrefWidth(220);
        point.setCellFactory(c -> new WrappingCell<>());
        TableColumn<Decision, String> text = new TableColumn<>(vm.t("meetings.col.decision"));
        text.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().text()));
        text.setPrefWidth(480);
        text.setCellFactory(c -> new WrappingCell<>());
        meeting.setCellFactory(c -> new WrappingCell<>());
        table.getColumns().setAll(List.of(date, meeting, point, text));
    }

    Node node() {
        return root;
    }

    void focus() {
        search.requestFocus();
    }

    void load() {
        String query = search.getText();
        vm.ui().tasks().job(vm.t("meetings.task.load"), p -> vm.services().followUp().searchDecisions(query))
                .onSuccess(list -> {
                    table.getItems().setAll(list);
                    count.setText(vm.t("meetings.register.count", list.size()));
                })
                .onFailure(vm.ui().dialogs()::showError).start();
    }
}
