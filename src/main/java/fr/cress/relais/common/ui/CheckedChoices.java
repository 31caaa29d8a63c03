package fr.cress.relais.common.ui;

import javafx.collections.ObservableList;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.IndexedCheckModel;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * New choices for a ControlsFX check box list ({@link CheckComboBox}, {@code CheckListView}) that check what they
 * should. Their check model remembers checks by position, and keeps those positions when the items are replaced:
 * a choice put in or taken out before a checked one would move the check to its neighbour, and a list grown
 * shorter would leave a check past its end (the next change of the checks then fails with an
 * {@link IndexOutOfBoundsException}). The checks are therefore cleared while they still match the items, then the
 * right choices checked among the new items.
 */
public final class CheckedChoices {

    private CheckedChoices() {
    }

    /** Replaces the choices of {@code box} by {@code items}; those whose key was checked are checked again. */
    public static <T> void replace(CheckComboBox<T> box, List<? extends T> items, Function<? super T, ?> key) {
        Set<Object> checked = new HashSet<>();
        box.getCheckModel().getCheckedItems().forEach(item -> checked.add(key.apply(item)));
        replace(box.getItems(), box.getCheckModel(), items, item -> checked.contains(key.apply(item)));
    }

    /** Replaces {@code choices} by {@code items}, then checks those {@code checked} accepts (the others are not). */
    public static <T> void replace(ObservableList<T> choices, IndexedCheckModel<T> checks, List<? extends T> items,
                                   Predicate<? super T> checked) {
        checks.clearChecks();
        choices.setAll(items);
        for (T item : choices) {
            if (checked.test(item)) {
                checks.check(item);
            }
        }
    }
}
