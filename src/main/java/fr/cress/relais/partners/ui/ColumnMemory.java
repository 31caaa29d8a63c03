package fr.cress.relais.partners.ui;

import fr.cress.relais.common.settings.UiSettings;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * Remembers the width and the visibility of each column of a table (the table's menu button chooses the
 * columns) in the user's settings, under {@code partners.table.<table>.<column>}.
 */
final class ColumnMemory {

    private ColumnMemory() {
    }

    static void attach(TableView<?> table, UiSettings settings, String tableKey) {
        table.setTableMenuButtonVisible(true);
        for (TableColumn<?, ?> column : table.getColumns()) {
            String key = "partners.table." + tableKey + "." + column.getId();
            double width = settings.getDouble(key + ".width", -1);
            if (width > 20) {
                column.setPrefWidth(width);
            }
            column.setVisible(settings.getBoolean(key + ".visible", column.isVisible()));
            column.widthProperty().addListener((o, a, b) -> settings.put(key + ".width", Long.toString(Math.round(b.doubleValue()))));
            column.visibleProperty().addListener((o, a, b) -> settings.put(key + ".visible", b.toString()));
        }
    }
}
