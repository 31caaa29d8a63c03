package fr.cress.relais.common.feature;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A small in-window notice board: a feature that changed data says which kind ("partners", "actions"...);
 * views that show it refresh. Changes written by someone else on the same store come as {@link ChangedElsewhere}.
 * One instance per window, built at the composition root (not static).
 */
public final class DataEvents {

    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<ChangedElsewhere>> elsewhere = new CopyOnWriteArrayList<>();

    public void subscribe(Consumer<String> listener) {
        listeners.add(listener);
    }

    public void changed(String topic) {
        listeners.forEach(l -> l.accept(topic));
    }

    /** Listens to changes written by someone else on the same store (told on the JavaFX thread). */
    public void subscribeElsewhere(Consumer<ChangedElsewhere> listener) {
        elsewhere.add(listener);
    }

    public void changedElsewhere(ChangedElsewhere changes) {
        elsewhere.forEach(l -> l.accept(changes));
    }
}
