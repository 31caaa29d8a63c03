package fr.cress.relais.actions.ui.dashboard;

import javafx.beans.InvalidationListener;
import javafx.scene.Node;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs a card's drawing at once when its node is on screen, or when the parent that hides it (the dashboard,
 * kept in the window while another section is shown) is shown again: figures arriving while the dashboard is
 * hidden build no chart, and no chart is styled and laid out behind the section the user is looking at. Only the
 * last drawing asked for runs.
 */
final class WhenShown {

    private final Node node;
    private final InvalidationListener check = o -> runIfShown();
    private final List<Node> watched = new ArrayList<>();
    private Runnable pending;

    WhenShown(Node node) {
        this.node = node;
    }

    void run(Runnable drawing) {
        pending = drawing;
        runIfShown();
    }

    private void runIfShown() {
        watched.forEach(n -> n.visibleProperty().removeListener(check));
        watched.clear();
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                watched.add(n);
            }
        }
        if (watched.isEmpty()) {
            Runnable drawing = pending;
            pending = null;
            if (drawing != null) {
                drawing.run();
            }
        } else {
            watched.forEach(n -> n.visibleProperty().addListener(check));
        }
    }
}
