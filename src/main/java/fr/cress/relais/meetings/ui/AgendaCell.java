package fr.cress.relais.meetings.ui;

import fr.cress.relais.meetings.AgendaItem;
import fr.cress.relais.meetings.MeetingTexts;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

import java.util.function.BiConsumer;
import java.util.function.IntSupplier;

/**
 * One point of the agenda: « 2. Title », who presents it and for how long. A point dragged onto another
 * takes its place; {@code dropped} receives the dragged point's id and the target index.
 */
final class AgendaCell extends ListCell<AgendaItem> {

    private final MeetingTexts texts;
    private final IntSupplier openItems;
    private final BiConsumer<Long, Integer> dropped;
    private HBox row;
    private Label title;
    private Label detail;
    private HBox details;
    private Label badge;

    AgendaCell(MeetingTexts texts, IntSupplier openItems, BiConsumer<Long, Integer> dropped) {
        this.texts = texts;
        this.openItems = openItems;
        this.dropped = dropped;
        getStyleClass().add("agenda-cell");
        setPrefWidth(0); // as wide as the list: long titles wrap instead of scrolling sideways
        // A press-drag-release gesture within the list: the scene delivers it everywhere, keyboard users
        // have Alt+Up / Alt+Down.
        setOnDragDetected(e -> {
            if (getItem() != null) {
                startFullDrag();
                getStyleClass().add("agenda-dragged");
            }
            e.consume();
        });
        setOnMouseDragEntered(e -> {
            if (e.getGestureSource() instanceof AgendaCell && e.getGestureSource() != this) {
                getStyleClass().add("agenda-drop-target");
            }
        });
        setOnMouseDragExited(e -> getStyleClass().remove("agenda-drop-target"));
        setOnMouseDragReleased(e -> {
            getStyleClass().remove("agenda-drop-target");
            if (e.getGestureSource() instanceof AgendaCell source && source != this && source.getItem() != null) {
                int target = isEmpty() || getItem() == null ? getListView().getItems().size() - 1 : getIndex();
                dropped.accept(source.getItem().id(), target);
            }
            e.consume();
        });
        setOnMouseReleased(e -> getStyleClass().remove("agenda-dragged"));
    }

    @Override
    protected void updateItem(AgendaItem item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        if (empty || item == null) {
            setGraphic(null);
            return;
        }
        if (row == null) {
            makeRow();
        }
        title.setText(item.rank() + ". " + item.title());
        String presenter = item.presenterName() == null ? "" : texts.i18n().t("meetings.pdf.presentedBy",
                item.presenterName());
        String duration = texts.duration(item.durationMinutes());
        detail.setText(presenter.isEmpty() || duration.isEmpty() ? presenter + duration
                : presenter + " · " + duration);
        if (item.followUp()) {
            if (badge == null) {
                badge = new Label();
                badge.getStyleClass().add("follow-up-badge");
            }
            badge.setText(texts.i18n().t("meetings.agenda.toReview", openItems.getAsInt()));
            if (details.getChildren().size() == 1) {
                details.getChildren().add(badge);
            }
        } else if (details.getChildren().size() > 1) {
            details.getChildren().remove(1);
        }
        setGraphic(row);
    }

    /** The cell's nodes, made at its first point and kept: only their texts change from one point to the next. */
    private void makeRow() {
        title = new Label();
        title.getStyleClass().add("agenda-title");
        title.setWrapText(true);
        detail = new Label();
        detail.getStyleClass().add("text-muted");
        details = new HBox(8, detail);
        details.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox text = new VBox(2, title, details);
        javafx.scene.layout.HBox.setHgrow(text, javafx.scene.layout.Priority.ALWAYS);
        text.setMinWidth(0);
        FontIcon handle = new FontIcon(Material2OutlinedAL.DRAG_INDICATOR);
        handle.getStyleClass().add("agenda-handle");
        row = new HBox(8, handle, text);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    }
}
