package fr.cress.relais.actions.ui.editor;

import atlantafx.base.theme.Styles;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.i18n.Labelled;
import javafx.beans.property.Property;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableMap;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Small helpers shared by the editor's tabs: labelled rows, inline error labels, enum combos, rebinding. */
final class Forms {

    private Forms() {
    }

    static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.getStyleClass().add("actions-form");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        return grid;
    }

    /** Adds « label | field » at {@code row}, the label being the field's mnemonic target. */
    static void row(GridPane grid, int row, String label, Node field) {
        Label l = new Label("_" + label.replace("_", "__"));
        l.setMnemonicParsing(true);
        if (field instanceof Control c) {
            l.setLabelFor(c);
        }
        l.getStyleClass().add("form-label");
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        grid.add(l, 0, row);
        grid.add(field, 1, row);
        GridPane.setHgrow(field, Priority.ALWAYS);
    }

    /** Fields side by side, vertically centred. */
    static javafx.scene.layout.HBox line(Node... nodes) {
        javafx.scene.layout.HBox box = new javafx.scene.layout.HBox(8, nodes);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box;
    }

    /** A label inside a row of fields, never shortened. */
    static Label inline(String text) {
        Label label = new Label(text);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    /** A label under a field that shows the problem of {@code field} (and flags the inputs) while there is one. */
    static Label errorLabel(ObservableMap<String, String> problems, String field, Control... inputs) {
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        Runnable update = () -> {
            String message = problems.get(field);
            error.setText(message == null ? "" : message);
            error.setVisible(message != null);
            error.setManaged(message != null);
            for (Control input : inputs) {
                input.pseudoClassStateChanged(Styles.STATE_DANGER, message != null);
            }
        };
        problems.addListener((javafx.collections.MapChangeListener<String, String>) c -> update.run());
        update.run();
        return error;
    }

    static <E extends Enum<E> & Labelled> ComboBox<E> enumCombo(I18n i18n, E[] values) {
        ComboBox<E> combo = new ComboBox<>();
        combo.getItems().setAll(values);
        combo.setConverter(converter(i18n::label));
        return combo;
    }

    static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }

    static <T> ListCell<T> cell(Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
    }

    static TextField field(String id) {
        TextField field = new TextField();
        field.setId(id);
        return field;
    }

    /**
     * Binds inputs to the properties of whichever row is selected; {@link #bind} replaces the previous row's
     * bindings. With no row, the inputs are cleared and disabled.
     */
    static final class RowBinding<R> {

        private record Pair<R, T>(Property<T> input, Function<R, ? extends Property<T>> property) {
        }

        private final List<Pair<R, ?>> pairs = new ArrayList<>();
        private final List<Runnable> unbind = new ArrayList<>();
        private final List<Node> inputs = new ArrayList<>();

        void text(TextInputControl input, Function<R, StringProperty> property) {
            inputs.add(input);
            pairs.add(new Pair<R, String>(input.textProperty(), property));
        }

        <T> void value(Property<T> input, Node node, Function<R, ? extends Property<T>> property) {
            inputs.add(node);
            pairs.add(new Pair<>(input, property));
        }

        void bind(R row) {
            unbind.forEach(Runnable::run);
            unbind.clear();
            for (Pair<R, ?> pair : pairs) {
                bindPair(pair, row);
            }
            inputs.forEach(n -> n.setDisable(row == null));
        }

        private <T> void bindPair(Pair<R, T> pair, R row) {
            if (row == null) {
                pair.input().setValue(null);
                return;
            }
            Property<T> target = pair.property().apply(row);
            pair.input().bindBidirectional(target);
            unbind.add(() -> pair.input().unbindBidirectional(target));
        }
    }
}
