package fr.cress.relais.common.ui;

import org.controlsfx.control.CheckComboBox;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * New choices for a {@link CheckComboBox} (the list read again) that keep what was checked. The box's check model
 * remembers checks by position, and keeps those positions when its items are replaced: a choice put in or taken out
 * before a checked one would move the check to its neighbour, and a list grown shorter would leave a check past its
 * end (the next change of the checks then fails with an {@link IndexOutOfBoundsException}). The checks are therefore
 * cleared while they still match the items, and the same choices (by {@code key}) checked again among the new items.
 */
public final class CheckedChoices {

    private CheckedChoices() {
    }

    /** Replaces the choices of {@code box} by {@code items}; those whose key was checked are checked again. */
    public static <T> void replace(CheckComboBox<T> box, List<? extends T> items, Function<? super T, ?> key) {
        Set<Object> checked = new HashSet<>();
        box.getCheckModel().getCheckedItems().forEach(item -> checked.add(key.apply(item)));
        box.getCheckModel().clearChecks();
        box.getItems().setAll(items);
        for (T item : box.getItems()) {
            if (checked.contains(key.apply(item))) {
                box.getCheckModel().check(item);
            }
        }
    }
}
