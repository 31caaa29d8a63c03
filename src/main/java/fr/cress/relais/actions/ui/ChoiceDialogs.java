package fr.cress.relais.actions.ui;

import fr.cress.relais.common.i18n.I18n;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

import java.util.List;
import java.util.Optional;

/** A small dialog to choose one item in a list (a programme, a partner), named by a converter. */
final class ChoiceDialogs {

    private ChoiceDialogs() {
    }

    static <T> Optional<T> choose(I18n i18n, String title, String label, List<T> items, T selected,
                                  StringConverter<T> names) {
        Dialog<T> dialog = new Dialog<>();
        dialog.setTitle(title);
        ButtonType ok = new ButtonType(i18n.t("actions.choice.ok"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(ok,
                new ButtonType(i18n.t("common.action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        ComboBox<T> combo = new ComboBox<>();
        combo.getItems().setAll(items);
        combo.setConverter(names);
        combo.setValue(selected);
        combo.setPrefWidth(420);
        Label text = new Label(label);
        text.setLabelFor(combo);
        dialog.getDialogPane().setContent(new HBox(12, text, combo));
        dialog.setResultConverter(button -> button == ok ? combo.getValue() : null);
        dialog.setOnShown(e -> combo.requestFocus());
        return dialog.showAndWait();
    }
}
