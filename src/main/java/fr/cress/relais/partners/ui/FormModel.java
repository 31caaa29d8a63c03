package fr.cress.relais.partners.ui;

import fr.cress.relais.partners.Field;
import fr.cress.relais.partners.Problem;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Optional;

/**
 * The state of a detail form: the record as loaded, the values being typed, whether they differ (dirty:
 * the unsaved-changes guard asks before they are lost) and what the rules find wrong, field by field.
 */
abstract class FormModel<T> {

    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private T original;
    private boolean loading;

    /** The record as the fields show it now. */
    abstract T current();

    protected abstract void fill(T value);

    protected abstract List<Problem> check(T value);

    protected abstract boolean same(T a, T b);

    /** Watches the fields: each change recomputes dirty and problems. */
    protected final void watch(Observable... fields) {
        for (Observable field : fields) {
            field.addListener(o -> changed());
        }
    }

    final void load(T value) {
        loading = true;
        try {
            original = value;
            fill(value);
        } finally {
            loading = false;
        }
        changed();
    }

    final void revert() {
        if (original != null) {
            load(original);
        }
    }

    final T original() {
        return original;
    }

    final boolean isDirty() {
        return dirty.get();
    }

    final ReadOnlyBooleanProperty dirtyProperty() {
        return dirty;
    }

    final ObservableList<Problem> problems() {
        return problems;
    }

    final Optional<Problem> problem(Field field) {
        return problems.stream().filter(p -> p.field() == field).findFirst();
    }

    private void changed() {
        if (loading || original == null) {
            return;
        }
        T now = current();
        dirty.set(!same(now, original));
        problems.setAll(check(now));
    }

    static String text(String value) {
        return value == null ? "" : value;
    }
}
