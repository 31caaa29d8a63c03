package fr.cress.relais.holders.ui;

import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.holders.HolderRow;
import fr.cress.relais.holders.Need;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.layout.VBox;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The holder's name, and below it, muted, the project and the needs. */
final class HolderNameCell extends TableCell<HolderRow, HolderRow> {

    private final Function<List<String>, String> needs;
    private final Label name = new Label();
    private final Label detail = new Label();
    private final VBox box = new VBox(1, name, detail);
    private HolderRow shown;

    /** {@code needs} gives the labels of a set of needs, « Financement, Statuts » (see {@link #needLabels}). */
    HolderNameCell(Function<List<String>, String> needs) {
        this.needs = needs;
        name.getStyleClass().add("holder-cell-name");
        detail.getStyleClass().addAll("text-muted", "holder-cell-detail");
    }

    /** The labels of each combination of needs, joined once and shared by the cells of one table. */
    static Function<List<String>, String> needLabels(I18n i18n) {
        Map<List<String>, String> joined = new HashMap<>();
        return keys -> joined.computeIfAbsent(keys, k -> k.stream().map(key -> i18n.label(new Need(key)))
                .collect(Collectors.joining(", ")));
    }

    @Override
    protected void updateItem(HolderRow row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null) {
            shown = null;
            setGraphic(null);
            return;
        }
        if (row != shown) {
            shown = row;
            name.setText(row.displayName());
            String project = row.projectName() == null || row.projectName().isBlank() ? null : row.projectName();
            String labels = needs.apply(row.needs());
            detail.setText(project == null ? labels : labels.isBlank() ? project : project + " · " + labels);
        }
        setGraphic(box);
    }
}
