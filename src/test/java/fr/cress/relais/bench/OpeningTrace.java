package fr.cress.relais.bench;

import javafx.scene.Scene;
import javafx.stage.Window;

import java.util.ArrayList;
import java.util.List;

/**
 * Where an opening's time goes on the JavaFX thread: each CSS and layout pass (between the scene's pre- and
 * post-layout pulse listeners) and each time the thread did not answer for more than a few milliseconds.
 * Printed after each opening by {@link SectionProbe} with {@code -Dbench.section.trace=true}.
 */
final class OpeningTrace {

    static final boolean ON = Boolean.getBoolean("bench.section.trace");
    private final List<String> events = new ArrayList<>();
    private long start;
    private long layoutStart;
    private Scene scene;
    private final Runnable pre = () -> layoutStart = System.nanoTime();
    private final Runnable post = () -> {
        long ms = (System.nanoTime() - layoutStart) / 1_000_000;
        if (ms >= 5) {
            events.add("layout+css " + ms + " ms at " + since(layoutStart));
        }
    };

    void begin(long t0) {
        start = t0;
        events.clear();
        for (Window w : Window.getWindows()) {
            if (w.isShowing() && w.getScene() != null && scene == null) {
                scene = w.getScene();
                scene.addPreLayoutPulseListener(pre);
                scene.addPostLayoutPulseListener(post);
            }
        }
    }

    void gap(long before, long after) {
        long ms = (after - before) / 1_000_000;
        if (ms >= 8) {
            events.add("thread busy " + ms + " ms at " + since(before));
        }
    }

    private long since(long t) {
        return (t - start) / 1_000_000;
    }

    void print(String slug) {
        System.out.println("TRACE " + slug + ": " + String.join("; ", events));
    }
}
