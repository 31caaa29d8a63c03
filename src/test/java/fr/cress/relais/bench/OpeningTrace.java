package fr.cress.relais.bench;

import javafx.scene.Scene;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import javafx.stage.Window;

import java.util.ArrayList;
import java.util.List;

/**
 * Where an opening's time goes on the JavaFX thread: each CSS and layout pass (between the scene's pre- and
 * post-layout pulse listeners) and each time the thread did not answer for more than a few milliseconds.
 * Also the processor time of the JavaFX thread over the opening (less sensitive to the machine's load than the
 * clock) and the number of classes loaded meanwhile. Printed after each opening by {@link SectionProbe} with
 * {@code -Dbench.section.trace=true}.
 */
final class OpeningTrace {

    static final boolean ON = Boolean.getBoolean("bench.section.trace");
    /** {@code -Dbench.section.nodes=true}: also the nodes in the section once shown, by kind (the most numerous). */
    static final boolean NODES = Boolean.getBoolean("bench.section.nodes");
    private final List<String> events = new ArrayList<>();
    private long start;
    private long layoutStart;
    private Scene scene;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private long fxThread;
    private long fxCpuStart;
    private long classesStart;
    private final Runnable pre = () -> layoutStart = System.nanoTime();
    private final Runnable post = () -> {
        long ms = (System.nanoTime() - layoutStart) / 1_000_000;
        if (ms >= 5) {
            events.add("layout+css " + ms + " ms at " + since(layoutStart));
        }
    };

    /** Called on the JavaFX thread: the processor time of that thread is read at the end of the opening. */
    void begin(long t0) {
        start = t0;
        events.clear();
        fxThread = Thread.currentThread().getId();
        fxCpuStart = THREADS.getThreadCpuTime(fxThread);
        classesStart = ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();
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

    /** The events, and the processor time the JavaFX thread spent from the click to the first rows shown. */
    void print(String slug) {
        long cpu = (THREADS.getThreadCpuTime(fxThread) - fxCpuStart) / 1_000_000;
        long classes = ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount() - classesStart;
        System.out.println("TRACE " + slug + ": JavaFX thread CPU " + cpu + " ms, " + classes + " classes loaded; "
                + String.join("; ", events));
    }

    /** How many nodes the section holds in the scene once shown, and of which kinds (on the JavaFX thread). */
    static String census(javafx.scene.Node root) {
        java.util.Map<String, Integer> kinds = new java.util.HashMap<>();
        int[] total = {0};
        java.util.ArrayDeque<javafx.scene.Node> todo = new java.util.ArrayDeque<>(List.of(root));
        while (!todo.isEmpty()) {
            javafx.scene.Node n = todo.pop();
            total[0]++;
            kinds.merge(n.getClass().getSimpleName(), 1, Integer::sum);
            if (n instanceof javafx.scene.Parent p) {
                todo.addAll(p.getChildrenUnmodifiable());
            }
        }
        return total[0] + " nodes: " + kinds.entrySet().stream()
                .sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed()).limit(25)
                .map(e -> e.getKey() + " " + e.getValue()).collect(java.util.stream.Collectors.joining(", "));
    }
}
