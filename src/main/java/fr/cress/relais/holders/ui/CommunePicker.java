package fr.cress.relais.holders.ui;

import fr.cress.relais.holders.CommuneRef;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;

import java.util.Collection;
import java.util.List;

/**
 * A text field that finds a commune as the user types its name (accents and case ignored: « ecouche »
 * finds Écouché) or the start of its INSEE code (« 611 », « 61145 »). The chosen commune is
 * {@link #commune()}; text that names no commune leaves it empty.
 */
final class CommunePicker {

    private static final int MAX_SUGGESTIONS = 12;

    private final TextField field = new TextField();
    private final ObjectProperty<CommuneRef> commune = new SimpleObjectProperty<>();
    private List<CommuneRef> communes = List.of();
    private boolean updating;

    CommunePicker(String prompt) {
        field.setId("holder-commune");
        field.setPromptText(prompt);
        AutoCompletionBinding<CommuneRef> binding = TextFields.bindAutoCompletion(field,
                request -> suggestions(request.getUserText()), converter());
        binding.setVisibleRowCount(MAX_SUGGESTIONS);
        binding.setOnAutoCompleted(e -> set(e.getCompletion()));
        field.textProperty().addListener((obs, old, text) -> {
            if (!updating) {
                commune.set(exact(text));
            }
        });
        commune.addListener((obs, old, value) -> {
            if (!updating) {
                set(value);
            }
        });
    }

    void setCommunes(List<CommuneRef> all) {
        this.communes = List.copyOf(all);
        commune.set(exact(field.getText()));
    }

    private void set(CommuneRef value) {
        updating = true;
        commune.set(value);
        field.setText(value == null ? "" : value.label());
        updating = false;
    }

    Collection<CommuneRef> suggestions(String typed) {
        String query = HolderListViewModel.fold(typed);
        if (query.length() < 2) {
            return List.of();
        }
        boolean digits = query.chars().allMatch(Character::isDigit);
        return communes.stream()
                .filter(c -> digits ? c.code().startsWith(query) : HolderListViewModel.fold(c.name()).startsWith(query)
                        || HolderListViewModel.fold(c.name()).contains(" " + query)
                        || HolderListViewModel.fold(c.name()).contains("-" + query))
                .limit(MAX_SUGGESTIONS)
                .toList();
    }

    /** The commune the text names exactly: its label, its name (when unique) or its code. */
    private CommuneRef exact(String text) {
        String query = HolderListViewModel.fold(text);
        if (query.isEmpty()) {
            return null;
        }
        List<CommuneRef> matches = communes.stream()
                .filter(c -> HolderListViewModel.fold(c.label()).equals(query) || c.code().equals(query)
                        || HolderListViewModel.fold(c.name()).equals(query))
                .limit(2).toList();
        return matches.size() == 1 ? matches.get(0) : null;
    }

    private static StringConverter<CommuneRef> converter() {
        return new StringConverter<>() {
            @Override
            public String toString(CommuneRef c) {
                return c == null ? "" : c.label();
            }

            @Override
            public CommuneRef fromString(String s) {
                return null;
            }
        };
    }

    /** True when something is typed but names no commune. */
    boolean isUnresolved() {
        return !field.getText().isBlank() && commune.get() == null;
    }

    ObjectProperty<CommuneRef> commune() {
        return commune;
    }

    TextField field() {
        return field;
    }
}
