package fr.cress.relais.holders.ui;

import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.holders.HolderRow;
import fr.cress.relais.holders.Need;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.layout.VBox;

import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The holder's name, and below it, muted, the project and the needs. */
final class HolderNameCell extends TableCell<HolderRow, HolderRow> {

    private final I18n i18n;
    private final Label name = new Label();
    private final Label detail = new Label();
    private final VBox box = new VBox(1, name, detail);

    HolderNameCell(I18n i18n) {
        this.i18n = i18n;
        name.getStyleClass().add("holder-cell-name");
        detail.getStyleClass().addAll("text-muted", "holder-cell-detail");
    }

    @Override
    protected void updateItem(HolderRow row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null) {
            setGraphic(null);
            return;
        }
        name.setText(row.displayName());
        String needs = row.needs().stream().map(k -> i18n.label(new Need(k))).collect(Collectors.joining(", "));
        detail.setText(Stream.of(row.projectName(), needs).filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining(" · ")));
        setGraphic(box);
    }
}
