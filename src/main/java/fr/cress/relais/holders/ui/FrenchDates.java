package fr.cress.relais.holders.ui;

import fr.cress.relais.common.text.Formats;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** Date pickers that read and write 26/11/2026 whatever the system's locale. */
final class FrenchDates {

    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private FrenchDates() {
    }

    static DatePicker picker(String id, String prompt) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setPromptText(prompt);
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return Formats.date(date);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                try {
                    return LocalDate.parse(text.strip(), INPUT);
                } catch (DateTimeParseException e) {
                    return null;
                }
            }
        });
        picker.setMaxWidth(Double.MAX_VALUE);
        return picker;
    }
}
