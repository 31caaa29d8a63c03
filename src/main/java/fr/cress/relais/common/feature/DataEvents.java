package fr.cress.relais.common.feature;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A small in-window notice board: a feature that changed data says which kind ("partners", "actions"...);
 * views that show it refresh. One instance per window, built at the composition root (not static).
 */
public final class DataEvents {

    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();

    public void subscribe(Consumer<String> listener) {
        listeners.add(listener);
    }

    public void changed(String topic) {
        listeners.forEach(l -> l.accept(topic));
    }
}
