package fr.cress.relais.partners.ui;

import javafx.scene.Node;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Asks before the selection of a list moves away from a form with unsaved changes: a click on another
 * row or an arrow key is held back unless {@code canLeave} agrees (after asking the user).
 */
final class SelectionGuard {

    private static final Set<javafx.scene.input.KeyCode> MOVES = EnumSet.of(javafx.scene.input.KeyCode.UP,
            javafx.scene.input.KeyCode.DOWN, javafx.scene.input.KeyCode.PAGE_UP, javafx.scene.input.KeyCode.PAGE_DOWN,
            javafx.scene.input.KeyCode.HOME, javafx.scene.input.KeyCode.END);

    private SelectionGuard() {
    }

    static void install(TableView<?> table, BooleanSupplier canLeave) {
        table.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            TableRow<?> row = rowOf(e.getPickResult().getIntersectedNode());
            if (row != null && !row.isEmpty() && row.getItem() != table.getSelectionModel().getSelectedItem()
                    && !canLeave.getAsBoolean()) {
                e.consume();
            }
        });
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (MOVES.contains(e.getCode()) && !canLeave.getAsBoolean()) {
                e.consume();
            }
        });
    }

    private static TableRow<?> rowOf(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof TableRow<?> row) {
                return row;
            }
        }
        return null;
    }
}
