package fr.cress.relais.partners.ui;

import javafx.animation.PauseTransition;
import javafx.scene.Node;
import javafx.util.Duration;
import org.controlsfx.control.NotificationPane;
import org.controlsfx.control.action.Action;

/**
 * A bar that slides over the section after a deletion: « URSCOP a été supprimée. [Annuler] ».
 * It hides by itself after a while; the recycle bin keeps what was deleted anyway.
 */
final class UndoBar {

    private final NotificationPane pane;
    private final String undoLabel;
    private final PauseTransition timer = new PauseTransition(Duration.seconds(12));

    UndoBar(Node content, String undoLabel) {
        this.pane = new NotificationPane(content);
        this.undoLabel = undoLabel;
        pane.setShowFromTop(false);
        pane.getStyleClass().add("partners-undo");
        timer.setOnFinished(e -> pane.hide());
    }

    NotificationPane node() {
        return pane;
    }

    void show(String message, Runnable undo) {
        Action action = new Action(undoLabel, e -> {
            pane.hide();
            undo.run();
        });
        pane.show(message, null, action);
        timer.playFromStart();
    }
}
