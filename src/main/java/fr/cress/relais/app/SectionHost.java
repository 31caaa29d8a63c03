package fr.cress.relais.app;

import fr.cress.relais.common.feature.ChangedElsewhere;
import fr.cress.relais.common.feature.DashboardCard;
import fr.cress.relais.common.feature.ExportEntry;
import fr.cress.relais.common.feature.Feature;
import fr.cress.relais.common.feature.SectionId;
import fr.cress.relais.common.feature.SectionView;
import fr.cress.relais.common.feature.UiContext;
import fr.cress.relais.common.ui.EmptyState;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds each section's view the first time it is shown and keeps it in the window: sections already built
 * stay in one stack, only the current one visible and laid out, so coming back to one costs no new styling.
 * Data changed while a section is hidden marks it stale: it reads again when next shown, not in the background
 * at each write. Asks the current view before leaving it (unsaved edits). The dashboard and the exports gather
 * what every feature contributes. While the window is idle, the sections not opened yet are built ahead of time,
 * hidden, by a {@link SectionPreparer} (off with {@code -Drelais.prepareSections=false}).
 */
final class SectionHost {

    private final Relais relais;
    private final UiContext ui;
    private final StackPane content;
    private final StackPane deck = new StackPane();
    private final Map<SectionId, SectionView> views = new EnumMap<>(SectionId.class);
    /** Hidden sections this window wrote to meanwhile: {@link SectionView#refresh()} before the next showing. */
    private final Set<SectionId> stale = EnumSet.noneOf(SectionId.class);
    /** What others wrote while a section was hidden, told before its next showing. */
    private final Map<SectionId, ChangedElsewhere> missed = new EnumMap<>(SectionId.class);
    private SectionId current;
    /** Builds the next sections while the window is idle; null when turned off. */
    private final SectionPreparer preparer;

    SectionHost(Relais relais, UiContext ui, StackPane content) {
        this.relais = relais;
        this.ui = ui;
        this.content = content;
        deck.getStyleClass().add("section-deck");
        ui.events().subscribe(this::written);
        ui.events().subscribeElsewhere(this::changedElsewhere);
        this.preparer = SectionPreparer.enabled() ? new SectionPreparer(this) : null;
    }

    /** Shows the section; false if the current one refused to be left. */
    boolean show(SectionId id, Object target) {
        if (current != null && current != id && !views.get(current).canLeave()) {
            return false;
        }
        if (preparer != null) {
            preparer.shown(id); // the user navigates: preparation waits for the next idle period
        }
        SectionView view = views.get(id);
        if (view == null) {
            view = create(id);
            views.put(id, view);
        }
        if (view.node().getParent() != deck) {
            deck.getChildren().add(view.node()); // new, or prepared while idle but not added yet
        }
        if (content.getChildren().size() != 1 || content.getChildren().get(0) != deck) {
            content.getChildren().setAll(deck); // the window showed something else meanwhile (a busy screen)
        }
        SectionId previous = current;
        current = id;
        bringToFront(view.node());
        if (previous != null && previous != id) {
            views.get(previous).hidden();
        }
        catchUp(id, view);
        view.shown(target);
        keepFocusOnScreen(view.node());
        return true;
    }

    /** The keyboard focus never stays in a section now hidden (its shortcuts would answer). */
    private void keepFocusOnScreen(Node shown) {
        Node focus = shown.getScene() == null ? null : shown.getScene().getFocusOwner();
        if (focus != null && !SectionView.showing(focus)) {
            shown.requestFocus();
        }
    }

    private void bringToFront(Node shown) {
        for (Node node : deck.getChildren()) {
            boolean front = node == shown;
            node.setVisible(front);
            node.setManaged(front);
        }
    }

    /** This window wrote: the hidden sections read again at their next showing, knowing what was written. */
    private void written(String topic) {
        views.forEach((id, view) -> {
            if (id != current) {
                stale.add(id);
                view.writtenWhileHidden(topic);
            }
        });
    }

    /** Tells a section coming back what changed while it was hidden; it reads again before {@code shown}. */
    private void catchUp(SectionId id, SectionView view) {
        ChangedElsewhere others = missed.remove(id);
        if (others != null) {
            view.changedElsewhere(others);
        }
        if (stale.remove(id)) {
            view.refresh();
        }
    }

    private void changedElsewhere(ChangedElsewhere changes) {
        views.forEach((id, view) -> {
            if (id == current) {
                view.changedElsewhere(changes);
            } else {
                missed.merge(id, changes, ChangedElsewhere::and);
            }
        });
    }

    SectionId current() {
        return current;
    }

    boolean canLeave() {
        return current == null || views.get(current).canLeave();
    }

    /** Forgets every view (e.g. after the example programme was loaded): they are built again. */
    void invalidateAll() {
        views.clear();
        stale.clear();
        missed.clear();
        deck.getChildren().clear();
        current = null;
        if (preparer != null) {
            preparer.reset();
        }
    }

    /** The store is let go (a restore): nothing more is prepared for this host. */
    void close() {
        if (preparer != null) {
            preparer.close();
        }
    }

    /** True once the section's view exists (shown, or prepared while the window was idle). */
    boolean built(SectionId id) {
        return views.containsKey(id);
    }

    /** The stack of built sections, when the window shows it (not a busy or error screen instead). */
    Optional<StackPane> deckOnScreen() {
        boolean shown = deck.getScene() != null && content.getChildren().size() == 1
                && content.getChildren().get(0) == deck;
        return shown ? Optional.of(deck) : Optional.empty();
    }

    /**
     * Builds a section not shown yet exactly as its first showing would and lets it start reading its data; not in
     * the window yet (see {@link #attach}). Not shown: no {@code shown}, no focus.
     */
    void prepare(SectionId id) {
        SectionView view = create(id);
        views.put(id, view);
        view.prepare();
    }

    /** Adds a section built ahead of time to the stack, hidden (invisible, out of the layout); returns its node. */
    Node attach(SectionId id) {
        Node node = views.get(id).node();
        if (node.getParent() != deck) {
            node.setVisible(false);
            node.setManaged(false);
            deck.getChildren().add(node);
        }
        return node;
    }

    /** A section whose preparation failed: forgotten, it is built when first shown, as without preparation. */
    void forget(SectionId id) {
        SectionView view = views.remove(id);
        if (view != null) {
            deck.getChildren().remove(view.node());
        }
        stale.remove(id);
        missed.remove(id);
    }

    /** True when changes made elsewhere wait to be told to this hidden section at its next showing; for tests. */
    boolean missedChanges(SectionId id) {
        return missed.containsKey(id);
    }

    /** What prepares the sections while the window is idle, if on; for tests. */
    Optional<SectionPreparer> preparer() {
        return Optional.ofNullable(preparer);
    }

    /** The node of a built section, or null. */
    Node node(SectionId id) {
        SectionView view = views.get(id);
        return view == null ? null : view.node();
    }

    private SectionView create(SectionId id) {
        switch (id) {
            case DASHBOARD -> {
                List<DashboardCard> cards = new ArrayList<>();
                relais.features().forEach(f -> cards.addAll(f.dashboardCards(ui)));
                return new DashboardView(ui, cards);
            }
            case EXPORTS -> {
                List<ExportEntry> entries = new ArrayList<>();
                relais.features().forEach(f -> entries.addAll(f.exports(ui)));
                return new ExportsView(ui, entries);
            }
            default -> {
                for (Feature feature : relais.features()) {
                    if (feature.section().filter(id::equals).isPresent()) {
                        return feature.createView(ui);
                    }
                }
                return placeholder(id);
            }
        }
    }

    private SectionView placeholder(SectionId id) {
        Node empty = new EmptyState(Navigation.icon(id), ui.i18n().label(id), ui.i18n().t(id.emptyKey()));
        empty.setId("section-" + id.slug() + "-empty");
        return () -> empty;
    }
}
