package fr.cress.relais.partners.ui;

import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.i18n.Labelled;
import javafx.util.StringConverter;

/** Shows enum values by their label in choice boxes. */
final class EnumConverter<E extends Labelled> extends StringConverter<E> {

    private final I18n i18n;
    private final String none;

    EnumConverter(I18n i18n, String none) {
        this.i18n = i18n;
        this.none = none;
    }

    @Override
    public String toString(E value) {
        return value == null ? none : i18n.label(value);
    }

    @Override
    public E fromString(String text) {
        throw new UnsupportedOperationException("choice boxes are not editable");
    }
}
