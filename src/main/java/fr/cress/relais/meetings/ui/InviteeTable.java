package fr.cress.relais.meetings.ui;

import fr.cress.relais.common.text.Formats;
import fr.cress.relais.meetings.Attendance;
import fr.cress.relais.meetings.Invitee;
import fr.cress.relais.meetings.MeetingTexts;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

import java.util.List;
import java.util.function.Function;

/** The invitees of a meeting with their attendance; several can be selected to record attendance at once. */
final class InviteeTable extends TableView<Invitee> {

    InviteeTable(MeetingTexts texts) {
        setId("invitees-table");
        getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        var i18n = texts.i18n();
        getColumns().setAll(List.of(
                column(i18n.t("meetings.col.organisation"), Invitee::organisationLabel, 170),
                column(i18n.t("meetings.col.person"), Invitee::personName, 170),
                column(i18n.t("meetings.col.email"), i -> i.email() == null ? "" : i.email(), 200),
                column(i18n.t("meetings.col.attendance"), texts::attendance, 200)));
        setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Invitee item, boolean empty) {
                super.updateItem(item, empty);
                for (Attendance a : Attendance.values()) {
                    getStyleClass().remove("attendance-" + a.name().toLowerCase());
                }
                if (!empty && item != null) {
                    getStyleClass().add("attendance-" + item.attendance().name().toLowerCase());
                }
            }
        });
    }

    private static TableColumn<Invitee, String> column(String title, Function<Invitee, String> value, double width) {
        TableColumn<Invitee, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setComparator(Formats.frenchOrder());
        column.setPrefWidth(width);
        return column;
    }
}
