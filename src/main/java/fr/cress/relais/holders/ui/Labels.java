package fr.cress.relais.holders.ui;

import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.i18n.Labelled;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;

import java.util.function.Function;

/** Shows values in combo boxes through their French label; {@code null} as a chosen text (« Toutes »...). */
final class Labels {

    private Labels() {
    }

    static <T extends Labelled> StringConverter<T> converter(I18n i18n, String noneText) {
        return converter(v -> i18n.label(v), noneText);
    }

    static <T> StringConverter<T> converter(Function<T, String> text, String noneText) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? noneText : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }

    /** Makes a combo box show {@code noneText} for null, in its button and in its list. */
    static <T> void show(ComboBox<T> combo, StringConverter<T> converter) {
        combo.setConverter(converter);
        combo.setButtonCell(cell(converter));
        combo.setCellFactory(list -> cell(converter));
    }

    private static <T> ListCell<T> cell(StringConverter<T> converter) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : converter.toString(item));
            }
        };
    }
}
