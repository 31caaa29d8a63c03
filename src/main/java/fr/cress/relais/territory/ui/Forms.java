package fr.cress.relais.territory.ui;

import javafx.geometry.VPos;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** Small layout helpers shared by the offer and zone forms. */
final class Forms {

    private Forms() {
    }

    /** A two-column form: labels never cut, fields take the remaining width. */
    static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, fields);
        return grid;
    }

    /** Aligns labels with the top of tall fields. */
    static void labelsOnTop(GridPane grid) {
        grid.getChildren().forEach(node -> {
            if (GridPane.getColumnIndex(node) != null && GridPane.getColumnIndex(node) == 0) {
                GridPane.setValignment(node, VPos.TOP);
            }
        });
    }
}
