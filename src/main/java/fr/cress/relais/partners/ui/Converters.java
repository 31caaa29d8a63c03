package fr.cress.relais.partners.ui;

import javafx.util.StringConverter;

import java.util.function.Function;

/** String converters for choice boxes that show records by one of their texts. */
final class Converters {

    private Converters() {
    }

    static <T> StringConverter<T> of(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("not editable");
            }
        };
    }
}
