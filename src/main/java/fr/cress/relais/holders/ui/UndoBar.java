package fr.cress.relais.holders.ui;

import fr.cress.relais.common.i18n.I18n;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

import java.util.function.LongConsumer;

/** « Marion Lebrun a été placé dans la corbeille. [Annuler la suppression] », until the next action. */
final class UndoBar extends HBox {

    private final I18n i18n;
    private final Label message = new Label();
    private long holderId;

    UndoBar(I18n i18n, LongConsumer restore) {
        this.i18n = i18n;
        Button cancel = new Button(i18n.t("holders.undo.action"));
        cancel.setId("holders-undo");
        cancel.setOnAction(e -> {
            hide();
            restore.accept(holderId);
        });
        getChildren().addAll(message, cancel);
        setSpacing(12);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("holders-undo-bar");
        managedProperty().bind(visibleProperty());
        setVisible(false);
    }

    void show(long id, String name) {
        holderId = id;
        message.setText(i18n.t("holders.undo.text", name));
        setVisible(true);
    }

    void hide() {
        setVisible(false);
    }
}
