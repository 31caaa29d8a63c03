package fr.cress.relais.meetings.ui;

import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.i18n.Labelled;
import javafx.util.StringConverter;

/** Shows enum values (statuses, attendance) with their French label. */
final class LabelledConverter<T extends Labelled> extends StringConverter<T> {

    private final I18n i18n;

    LabelledConverter(I18n i18n) {
        this.i18n = i18n;
    }

    @Override
    public String toString(T value) {
        return i18n.label(value);
    }

    @Override
    public T fromString(String string) {
        return null;
    }
}
