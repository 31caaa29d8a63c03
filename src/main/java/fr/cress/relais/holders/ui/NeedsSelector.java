package fr.cress.relais.holders.ui;

import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.holders.Need;
import fr.cress.relais.territory.ServiceFamily;
import fr.cress.relais.territory.ServiceKind;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.geometry.VPos;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

import java.util.HashMap;
import java.util.Map;

/**
 * The needs of a holder as toggle chips, one row per family of the offer: the family itself (« Financement »:
 * any funding), then its services (« Garantie », « Prêt d’honneur »...); a last row for « Mise en réseau ».
 * Bound both ways to a set of need keys.
 */
final class NeedsSelector {

    private final GridPane grid = new GridPane();
    private final Map<String, ToggleButton> chips = new HashMap<>();
    private final ObservableSet<String> selected;
    private boolean syncing;

    NeedsSelector(I18n i18n, ObservableSet<String> selected) {
        this.selected = selected;
        grid.getStyleClass().add("needs-selector");
        grid.setHgap(12);
        grid.setVgap(6);
        ColumnConstraints families = new ColumnConstraints();
        families.setMinWidth(140);
        families.setPrefWidth(140);
        ColumnConstraints chipsColumn = new ColumnConstraints();
        chipsColumn.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(families, chipsColumn);
        int row = 0;
        for (ServiceFamily family : ServiceFamily.values()) {
            FlowPane chipsRow = new FlowPane(6, 6);
            chipsRow.getChildren().add(chip(i18n, new Need(family.key()), true));
            for (ServiceKind service : ServiceKind.values()) {
                if (service.family() == family && !service.key().equals(family.key())) {
                    chipsRow.getChildren().add(chip(i18n, new Need(service.key()), false));
                }
            }
            grid.addRow(row++, familyLabel(i18n.label(family)), chipsRow);
        }
        Need networking = new Need(Need.NETWORKING);
        grid.addRow(row, familyLabel(i18n.t("holders.form.needs.network")),
                new FlowPane(6, 6, chip(i18n, networking, true)));
        selected.addListener((SetChangeListener<String>) change -> sync());
        sync();
    }

    private static Label familyLabel(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("needs-family");
        GridPane.setValignment(label, VPos.TOP);
        return label;
    }

    private ToggleButton chip(I18n i18n, Need need, boolean family) {
        ToggleButton chip = new ToggleButton(family && !need.key().equals(Need.NETWORKING)
                ? i18n.t("holders.form.needs.any", i18n.label(need)) : i18n.label(need));
        chip.setId("need-" + need.key());
        chip.getStyleClass().addAll("need-chip", family ? "need-family" : "need-service");
        chip.selectedProperty().addListener((obs, old, on) -> {
            if (syncing) {
                return;
            }
            if (on) {
                selected.add(need.key());
            } else {
                selected.remove(need.key());
            }
        });
        chips.put(need.key(), chip);
        return chip;
    }

    private void sync() {
        syncing = true;
        chips.forEach((key, chip) -> chip.setSelected(selected.contains(key)));
        syncing = false;
    }

    void setDisable(boolean disabled) {
        grid.setDisable(disabled);
    }

    Node node() {
        return grid;
    }
}
