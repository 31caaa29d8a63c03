package fr.cress.relais.bench;

import fr.cress.relais.app.RelaisApp;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ProgressIndicator;
import javafx.stage.Window;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;

/**
 * Child JVM of the section benchmark: starts the real window on a store, waits until it is usable, then opens
 * each main section and measures the time from the click on the navigation to the first rows shown (a list
 * cell holding an item; for sections without a list, the section built and no spinner left). Each section is
 * opened once (first opening: the view is built and its data loaded), then {@code reopenings} more times.
 * Prints {@code OPEN_<slug>_MS=} and {@code REOPEN_<slug>_MS=} lines, then quits. An optional third argument,
 * a comma-separated list of sections (e.g. {@code actions,holders}), measures only those, in that order.
 *
 * <p>Between two openings the probe leaves the window alone for a think-time ({@code -Dbench.section.pause=ms},
 * default 1,000: a user reads what they opened), as the window prepares the next sections while it is idle (off
 * with {@code -Drelais.prepareSections=false}); the clock still runs from the click to the first rows shown. It
 * also prints {@code HOLD_<slug>_MS=}, the longest time the JavaFX thread did not answer during the pause before
 * that opening. With {@code -Dbench.section.heap=true} it only leaves the window idle after the dashboard for
 * {@code bench.section.idle} ms (default 20,000), then prints the sections built, the heap used after a full
 * collection and the processor time spent since the start ({@code HEAP_USED_MB=}, {@code CPU_MS=}).
 */
public final class SectionProbe {

    /** The sections opened, in this order; {@code -Dbench.sections=map,exports} measures a few alone. */
    static final List<String> SECTIONS = List.of(System.getProperty("bench.sections",
            "partners,meetings,actions,map,holders,exports,dashboard").split(","));
    private static final long TIMEOUT_MS = 20_000;
    /** {@code -Dbench.sections.trace=true}: prints the clock time of each click (to read a profile beside it). */
    private static final boolean CLOCK = Boolean.getBoolean("bench.sections.trace");
    /** Think-time between two openings. */
    static final long PAUSE_MS = Long.getLong("bench.section.pause", 1_000);

    /**
     * {@code -Dbench.section.settle=<selector>} (e.g. {@code #meeting-heading}): after each opening, waits until a node
     * of the section matching the selector shows a text, every control of the section has a skin and two more
     * frames passed, then prints the JavaFX thread's processor time from the click to then (work a section does
     * after its first rows, e.g. a detail pane filled, lands there); the next section is clicked only then.
     */
    private static final String SETTLE_ON = System.getProperty("bench.section.settle");
    private static final boolean SETTLE = SETTLE_ON != null;

    private SectionProbe() {
    }

    public static void main(String[] args) throws Exception {
        int reopenings = Integer.parseInt(args[1]);
        List<String> sections = args.length > 2 ? List.of(args[2].split(",")) : SECTIONS;
        Thread window = new Thread(() -> RelaisApp.launchWindow(new String[]{"--data-dir", args[0]}), "window");
        window.setDaemon(true);
        window.start();
        if (!waitUntil(() -> nav("partners").map(n -> !n.isDisabled()).orElse(false), 120_000)) {
            throw new IllegalStateException("the window did not become usable");
        }
        waitUntil(() -> ready("dashboard"), TIMEOUT_MS);
        if (Boolean.getBoolean("bench.section.heap")) {
            heap();
        } else {
            Thread.sleep(1_000);
            boolean first = true;
            for (String slug : sections) {
                pause(slug, first);
                first = false;
                System.out.println("OPEN_" + slug + "_MS=" + open(slug));
            }
            for (int i = 0; i < reopenings; i++) {
                for (String slug : sections) {
                    pause(slug, false);
                    System.out.println("REOPEN_" + slug + "_MS=" + open(slug));
                }
            }
        }
        onFx(() -> {
            Platform.exit();
            return null;
        });
        window.join(60_000);
        System.exit(0);
    }

    private static final OpeningTrace TRACE = new OpeningTrace();

    /**
     * The think-time before opening {@code slug} (none before the first opening: the probe already waited after
     * the dashboard); prints the longest time the JavaFX thread did not answer meanwhile.
     */
    private static void pause(String slug, boolean first) throws Exception {
        if (first || PAUSE_MS <= 0) {
            return;
        }
        long end = System.nanoTime() + PAUSE_MS * 1_000_000;
        long hold = 0;
        while (System.nanoTime() < end) {
            long t0 = System.nanoTime();
            onFx(() -> null);
            hold = Math.max(hold, System.nanoTime() - t0);
            Thread.sleep(2);
        }
        System.out.println("HOLD_" + slug + "_MS=" + hold / 1_000_000);
    }

    /** The window left idle after the dashboard: what is built, the heap after a full collection, the CPU spent. */
    private static void heap() throws Exception {
        long end = System.currentTimeMillis() + Long.getLong("bench.section.idle", 20_000);
        long hold = 0;
        while (System.currentTimeMillis() < end) {
            long t0 = System.nanoTime();
            onFx(() -> null);
            hold = Math.max(hold, System.nanoTime() - t0);
            Thread.sleep(5);
        }
        System.out.println("IDLE_HOLD_MS=" + hold / 1_000_000);
        System.out.println("BUILT " + onFx(() -> SECTIONS.stream()
                .filter(slug -> lookup("#section-" + slug).or(() -> lookup("#section-" + slug + "-empty")).isPresent())
                .toList()));
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime rt = Runtime.getRuntime();
        System.out.println("HEAP_USED_MB=" + (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024));
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        System.out.println("CPU_MS=" + os.getProcessCpuTime() / 1_000_000);
    }

    private static long open(String slug) throws Exception {
        long start = onFx(() -> {
            long t0 = System.nanoTime();
            if (SETTLE) {
                SETTLE_CPU.set(java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime());
            }
            if (OpeningTrace.ON) {
                TRACE.begin(t0);
            }
            ((ButtonBase) nav(slug).orElseThrow()).fire();
            if (OpeningTrace.ON) {
                TRACE.gap(t0, System.nanoTime());
            }
            return t0;
        });
        long[] last = {System.nanoTime()};
        waitUntil(() -> {
            if (OpeningTrace.ON) {
                long now = System.nanoTime();
                TRACE.gap(last[0], now);
                last[0] = now;
            }
            return ready(slug);
        }, TIMEOUT_MS);
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (OpeningTrace.ON) {
            TRACE.print(slug);
        }
        if (OpeningTrace.NODES) {
            System.out.println("NODES " + slug + ": " + onFx(() -> lookup("#section-" + slug)
                    .or(() -> lookup("#section-" + slug + "-empty")).map(OpeningTrace::census).orElse("-")));
        }
        if (SETTLE) {
            settle(slug, start);
        }
        if (CLOCK) {
            System.out.println("TRACE " + slug + " " + java.time.LocalTime.now().minusNanos(ms * 1_000_000) + " " + ms);
        }
        return ms;
    }

    /** Waits until the section shows its detail (see {@link #SETTLE_ON}), then prints what the JavaFX thread used. */
    private static void settle(String slug, long clickNanos) throws Exception {
        boolean found = waitUntil(() -> {
            Optional<Node> section = lookup("#section-" + slug);
            if (section.isEmpty() || notDrawnYet(section.get())) {
                return false;
            }
            Node n = section.get().lookup(SETTLE_ON);
            return n instanceof javafx.scene.control.Labeled l && l.getText() != null && !l.getText().isEmpty()
                    && visible(n);
        }, TIMEOUT_MS);
        long shown = System.nanoTime();
        for (int i = 0; i < 2; i++) {
            Thread.sleep(17);
            onFx(() -> null);
        }
        long cpu = onFx(() -> java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime());
        System.out.println("SETTLE " + slug + ": " + (found ? "" : "(not found) ") + "JavaFX thread CPU "
                + (cpu - SETTLE_CPU.get()) / 1_000_000 + " ms from the click, detail shown at "
                + (shown - clickNanos) / 1_000_000 + " ms");
        if (OpeningTrace.NODES) {
            System.out.println("SETTLE NODES " + slug + ": " + onFx(() -> lookup("#section-" + slug)
                    .map(OpeningTrace::census).orElse("-")));
        }
    }

    /** The JavaFX thread's processor time at the last click (read on that thread). */
    private static final java.util.concurrent.atomic.AtomicLong SETTLE_CPU = new java.util.concurrent.atomic.AtomicLong();

    private static Optional<Node> nav(String slug) {
        return lookup("#nav-" + slug);
    }

    private static Optional<Node> lookup(String query) {
        for (Window w : Window.getWindows()) {
            if (w.isShowing() && w.getScene() != null) {
                Node n = w.getScene().lookup(query);
                if (n != null) {
                    return Optional.of(n);
                }
            }
        }
        return Optional.empty();
    }

    /** The section is shown with its first rows (or, without a list, built with nothing left loading). */
    private static boolean ready(String slug) {
        Optional<Node> section = lookup("#section-" + slug).or(() -> lookup("#section-" + slug + "-empty"));
        if (section.isEmpty() || !visible(section.get())) {
            return false;
        }
        Node root = section.get();
        if (root.getId().endsWith("-empty")) {
            return true;
        }
        if (notDrawnYet(root)) {
            return false; // not drawn once yet: its content (lists, spinners) is not even in the scene
        }
        boolean hasList = false;
        for (String cells : List.of(".table-row-cell", ".list-cell", ".tree-table-row-cell", ".tree-cell")) {
            for (Node n : root.lookupAll(cells)) {
                if (inChoiceBox(n) || !visible(n)) {
                    continue; // a combo box's button cell, or a list on a tab not shown
                }
                hasList = true;
                if (n instanceof IndexedCell<?> cell && !cell.isEmpty() && cell.getItem() != null && visible(cell)) {
                    return true;
                }
            }
        }
        return !hasList && root.lookupAll(".progress-indicator").stream()
                .noneMatch(p -> p instanceof ProgressIndicator pi && visible(pi) && pi.isIndeterminate());
    }

    /** A control of the section (the section itself, its tabs...) has no skin yet: no style pass has reached it. */
    private static boolean notDrawnYet(Node node) {
        if (node instanceof javafx.scene.control.Control control && control.getSkin() == null) {
            return true;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                if (notDrawnYet(child)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean inChoiceBox(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof javafx.scene.control.ComboBoxBase<?>) {
                return true;
            }
        }
        return false;
    }

    private static boolean visible(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
            if (n instanceof Parent p && p.getScene() == null) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    private static boolean waitUntil(Callable<Boolean> condition, long timeoutMs) throws Exception {
        long end = System.currentTimeMillis() + timeoutMs;
        while (System.currentTimeMillis() < end) {
            try {
                if (onFx(condition)) {
                    return true;
                }
            } catch (IllegalStateException notStarted) {
                // toolkit not started yet
            }
            Thread.sleep(2);
        }
        return false;
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        return task.get();
    }
}
