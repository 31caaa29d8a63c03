package fr.cress.relais.meetings.ui;

import fr.cress.relais.common.text.Formats;
import fr.cress.relais.meetings.ActionItem;
import fr.cress.relais.meetings.MeetingTexts;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.function.Supplier;

/**
 * A table of action items: what, who, by when, status, decided when. Overdue items stand out (style class
 * {@code action-overdue} and a warning icon next to the due date); closed ones are muted.
 */
final class ActionItemsTable extends TableView<ActionItem> {

    ActionItemsTable(String id, MeetingTexts texts, Supplier<LocalDate> today) {
        setId(id);
        getStyleClass().add("action-items");
        getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_SUBSEQUENT_COLUMNS);
        var i18n = texts.i18n();
        TableColumn<ActionItem, String> title = new TableColumn<>(i18n.t("meetings.col.item"));
        title.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().title()));
        title.setComparator(Formats.frenchOrder());
        title.setPrefWidth(280);
        title.setMinWidth(140);
        TableColumn<ActionItem, String> owner = new TableColumn<>(i18n.t("meetings.col.owner"));
        owner.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().owner()));
        owner.setComparator(Formats.frenchOrder());
        owner.setPrefWidth(120);
        owner.setMinWidth(80);
        TableColumn<ActionItem, ActionItem> due = new TableColumn<>(i18n.t("meetings.col.due"));
        due.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        due.setComparator(Comparator.comparing(ActionItem::dueDate, Comparator.nullsLast(Comparator.naturalOrder())));
        due.setCellFactory(c -> new DueCell(today, i18n.t("meetings.itemStatus.overdue")));
        due.setPrefWidth(104);
        due.setMinWidth(104);
        TableColumn<ActionItem, String> status = new TableColumn<>(i18n.t("meetings.col.status"));
        status.setCellValueFactory(c -> new ReadOnlyStringWrapper(texts.status(c.getValue())));
        status.setPrefWidth(150);
        status.setMinWidth(140);
        TableColumn<ActionItem, LocalDate> decided = new TableColumn<>(i18n.t("meetings.col.decidedOn"));
        decided.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().meetingStart().toLocalDate()));
        decided.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(LocalDate item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : Formats.date(item));
            }
        });
        decided.setPrefWidth(92);
        decided.setMinWidth(92);
        getColumns().setAll(java.util.List.of(title, owner, due, status, decided));
        setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ActionItem item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("action-overdue", "action-closed");
                if (!empty && item != null) {
                    if (item.overdue(today.get())) {
                        getStyleClass().add("action-overdue");
                    } else if (!item.open()) {
                        getStyleClass().add("action-closed");
                    }
                }
            }
        });
    }

    /**
     * The due date, with a warning icon when the item is overdue; its tooltip is made when the pointer first comes
     * over an overdue date (each tooltip is a popup window with a scene of its own), then kept by the cell.
     */
    private static final class DueCell extends TableCell<ActionItem, ActionItem> {
        private final Supplier<LocalDate> today;
        private final String overdue;
        private FontIcon icon;
        private Tooltip tooltip;
        private boolean late;

        DueCell(Supplier<LocalDate> today, String overdue) {
            this.today = today;
            this.overdue = overdue;
            addEventHandler(MouseEvent.MOUSE_ENTERED, e -> {
                if (late && getTooltip() == null) {
                    if (tooltip == null) {
                        tooltip = new Tooltip(overdue);
                    }
                    setTooltip(tooltip);
                }
            });
        }

        @Override
        protected void updateItem(ActionItem item, boolean empty) {
            super.updateItem(item, empty);
            late = !empty && item != null && item.overdue(today.get());
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            setText(Formats.date(item.dueDate()));
            if (late) {
                if (icon == null) {
                    icon = new FontIcon(Material2OutlinedAL.ERROR_OUTLINE);
                    icon.getStyleClass().add("overdue-icon");
                }
                setGraphic(icon);
                setTooltip(tooltip);
            } else {
                setGraphic(null);
                setTooltip(null);
            }
        }
    }
}
