package fr.cress.relais.app;

import fr.cress.relais.common.feature.SectionId;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Prepares the sections the user has not opened yet while the window is idle, as the first opening of a section
 * costs mostly cold code (class loading, the first style and layout pass of its controls), not its data. Once a
 * section is shown and nothing happened for {@link #IDLE} (no navigation, no key or mouse press), the next section
 * not built yet, in the navigation's order, is built as its first showing would build it and added hidden to the
 * window, then styled and laid out at the window's size: showing it later costs what showing it again costs.
 *
 * <p>The work of one section is spread over three frames (build, out of the window; add it hidden and style it;
 * lay it out), each step done before the frame's own style pass, so the JavaFX thread is never held
 * much longer than by an opening; the next section follows at the next frame. Any navigation or input stops it at
 * once; it goes on after the next idle period. It never shows a section, never takes the focus. Off with
 * {@code -Drelais.prepareSections=false}.
 */
final class SectionPreparer {

    private static final Logger LOG = LoggerFactory.getLogger(SectionPreparer.class);
    /** The system property that turns preparation off ({@code false}); on by default. */
    static final String SWITCH = "relais.prepareSections";
    /**
     * How long the window must stay untouched before a section is prepared: 700 ms, or
     * {@code -Drelais.prepareSections.idleMs=N}.
     */
    static final Duration IDLE = Duration.millis(Long.getLong(SWITCH + ".idleMs", 700));
    /** The order in which the sections are prepared: the navigation's. */
    static final List<SectionId> ORDER = List.of(SectionId.PARTNERS, SectionId.MEETINGS, SectionId.ACTIONS,
            SectionId.MAP, SectionId.HOLDERS, SectionId.EXPORTS);
    private static final int BUILD = 0;
    private static final int STYLE = 1;
    private static final int LAYOUT = 2;
    private static final List<String> STEPS = List.of("build", "style", "layout");
    /** {@code -Drelais.prepareSections.trace=true}: prints the time each step of a preparation held the thread. */
    private static final boolean TRACE = Boolean.getBoolean(SWITCH + ".trace");

    private final SectionHost host;
    private final PauseTransition idle = new PauseTransition(IDLE);
    /** Sections shown, prepared, or whose preparation failed: not prepared (again). */
    private final Set<SectionId> done = EnumSet.noneOf(SectionId.class);
    private final AnimationTimer frames = new AnimationTimer() {
        @Override
        public void handle(long now) {
            step();
        }
    };
    private final EventHandler<Event> input = e -> postpone();
    private Scene watched;
    private SectionId preparing;
    private int next;

    SectionPreparer(SectionHost host) {
        this.host = host;
        idle.setOnFinished(e -> idle());
    }

    /** Off only when {@code -Drelais.prepareSections=false}. */
    static boolean enabled() {
        return !"false".equalsIgnoreCase(System.getProperty(SWITCH, "true").strip());
    }

    /** A section is shown: it needs no preparation; what was under way stops and waits for the next idle period. */
    void shown(SectionId id) {
        done.add(id);
        postpone();
    }

    /** The user acts: stop at once; start again once the window has been left alone for {@link #IDLE}. */
    void postpone() {
        stopSteps();
        host.deckOnScreen().ifPresent(deck -> watch(deck.getScene()));
        idle.playFromStart();
    }

    /** Every section was forgotten (another programme, another store): prepare them again, after a showing. */
    void reset() {
        stopSteps();
        idle.stop();
        done.clear();
    }

    void close() {
        reset();
        watch(null);
    }

    /** True once every section of {@link #ORDER} was prepared (or shown, or failed to be prepared); for tests. */
    boolean finished() {
        return done.containsAll(ORDER) && preparing == null;
    }

    /** The section prepared now, if any (for tests and traces). */
    Optional<SectionId> preparing() {
        return Optional.ofNullable(preparing);
    }

    private void idle() {
        Optional<StackPane> deck = host.deckOnScreen();
        if (deck.isEmpty()) {
            return; // a busy or error screen instead of the sections: the next showing restarts
        }
        watch(deck.get().getScene());
        Optional<SectionId> section = ORDER.stream()
                .filter(id -> !done.contains(id) && id != host.current())
                .findFirst();
        if (section.isPresent()) {
            preparing = section.get();
            next = host.built(preparing) ? STYLE : BUILD; // built, then interrupted: go on where it stopped
            frames.start();
        }
    }

    /** One step per frame: build, then style, then lay out. */
    private void step() {
        SectionId id = preparing;
        Optional<StackPane> deck = host.deckOnScreen();
        if (id == null || deck.isEmpty()) {
            stopSteps();
            return;
        }
        Scene scene = deck.get().getScene();
        Node focus = scene.getFocusOwner();
        long start = System.nanoTime();
        try {
            run(id, next, deck.get());
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("Section {} could not be prepared; it will be built when opened", id, e);
            host.forget(id);
            done.add(id);
            stopSteps();
            idle.playFromStart(); // the others still are prepared
            return;
        } finally {
            keepFocus(scene, focus);
        }
        if (TRACE) {
            System.out.println("PREPARE " + id + " " + STEPS.get(next) + " " + (System.nanoTime() - start) / 1_000_000 + " ms");
        }
        next++;
        if (next > LAYOUT) {
            done.add(id);
            stopSteps();
            idle(); // the next section at the next frame, unless the user acted meanwhile
        }
    }

    private void run(SectionId id, int step, StackPane deck) {
        switch (step) {
            case BUILD -> host.prepare(id);
            case STYLE -> host.attach(id).applyCss();
            default -> {
                Node node = host.node(id);
                node.resize(deck.getWidth(), deck.getHeight());
                if (node instanceof Parent parent) {
                    parent.layout();
                }
            }
        }
    }

    /** Building or styling a section never moves the keyboard focus. */
    private static void keepFocus(Scene scene, Node before) {
        Node after = scene.getFocusOwner();
        if (after != before && before != null && before.getScene() == scene) {
            before.requestFocus();
        }
    }

    private void stopSteps() {
        frames.stop();
        preparing = null;
    }

    /** Any key or mouse press, or scroll, in the window postpones preparation. */
    private void watch(Scene scene) {
        if (scene == watched) {
            return;
        }
        if (watched != null) {
            watched.removeEventFilter(KeyEvent.KEY_PRESSED, input);
            watched.removeEventFilter(MouseEvent.MOUSE_PRESSED, input);
            watched.removeEventFilter(ScrollEvent.SCROLL, input);
        }
        watched = scene;
        if (scene != null) {
            scene.addEventFilter(KeyEvent.KEY_PRESSED, input);
            scene.addEventFilter(MouseEvent.MOUSE_PRESSED, input);
            scene.addEventFilter(ScrollEvent.SCROLL, input);
        }
    }
}
