package fr.cress.relais.meetings.ui;

import fr.cress.relais.common.error.BadInputException;
import fr.cress.relais.common.text.Formats;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Form fields the French way: dates 17/12/2026, times 14:30 or 14 h 30, lists with an empty choice. */
final class Fields {

    private static final Pattern TIME = Pattern.compile("\\s*(\\d{1,2})\\s*(?:[:hH.]\\s*(\\d{2})?)?\\s*");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Fields() {
    }

    static DatePicker date(String id, LocalDate value) {
        DatePicker picker = new DatePicker(value);
        picker.setId(id);
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return Formats.date(date);
            }

            @Override
            public LocalDate fromString(String text) {
                try {
                    return text == null || text.isBlank() ? null : LocalDate.parse(text.strip(), DATE);
                } catch (DateTimeParseException e) {
                    return picker.getValue();
                }
            }
        });
        return picker;
    }

    static TextField text(String id, String value) {
        TextField field = new TextField(value == null ? "" : value);
        field.setId(id);
        return field;
    }

    static TextField time(String id, LocalTime value) {
        TextField field = text(id, value == null ? "" : Formats.time(value));
        field.setPrefColumnCount(5);
        field.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        field.setPromptText("14:30");
        return field;
    }

    /** 14:30, 14h30, 14 h 30, 14h, 9.05; empty gives null. */
    static LocalTime parseTime(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Matcher m = TIME.matcher(text);
        if (!m.matches()) {
            throw new BadInputException("meetings.error.time", text.strip());
        }
        int h = Integer.parseInt(m.group(1));
        int min = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        if (h > 23 || min > 59) {
            throw new BadInputException("meetings.error.time", text.strip());
        }
        return LocalTime.of(h, min);
    }

    /** A combo box whose first choice is « none » ({@code null}), shown as {@code noneLabel}. */
    static <T> ComboBox<T> choice(String id, List<T> values, T selected, Function<T, String> label, String noneLabel) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getItems().add(null);
        box.getItems().addAll(values);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? noneLabel : label.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        box.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? noneLabel : label.apply(item));
            }
        });
        box.setValue(selected);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    static Integer parseMinutes(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new BadInputException("meetings.error.duration");
        }
    }
}
