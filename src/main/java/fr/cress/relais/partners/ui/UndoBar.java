package fr.cress.relais.partners.ui;

import javafx.animation.PauseTransition;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.controlsfx.control.NotificationPane;
import org.controlsfx.control.action.Action;

/**
 * A bar that slides over the section after a deletion: « URSCOP a été supprimée. [Annuler] ».
 * It hides by itself after a while; the recycle bin keeps what was deleted anyway. The bar (a notification pane
 * around the section's content) is built at the first deletion: opening the section does not style it.
 */
final class UndoBar {

    private final StackPane root;
    private final Node content;
    private final String undoLabel;
    private final PauseTransition timer = new PauseTransition(Duration.seconds(12));
    private NotificationPane pane;

    UndoBar(Node content, String undoLabel) {
        this.content = content;
        this.root = new StackPane(content);
        this.undoLabel = undoLabel;
    }

    /** The section's root: its content, later wrapped in the notification pane. */
    StackPane node() {
        return root;
    }

    void show(String message, Runnable undo) {
        NotificationPane bar = pane();
        Action action = new Action(undoLabel, e -> {
            bar.hide();
            undo.run();
        });
        bar.show(message, null, action);
        timer.playFromStart();
    }

    private NotificationPane pane() {
        if (pane == null) {
            root.getChildren().clear();
            pane = new NotificationPane(content);
            pane.setShowFromTop(false);
            pane.getStyleClass().add("partners-undo");
            root.getChildren().setAll(pane);
            pane.applyCss(); // its skin now, so that the first bar slides in as the next ones
            timer.setOnFinished(e -> pane.hide());
        }
        return pane;
    }
}
