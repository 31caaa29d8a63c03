package fr.cress.relais.common.feature;

import javafx.scene.Node;

/**
 * The content of one main section. Built lazily on the FX thread the first time it is shown, then kept: its node
 * stays in the window, made invisible (and left out of the layout) while another section is shown, so showing it
 * again costs no new styling of its controls.
 *
 * <p>Order of the calls: {@link #shown} each time the section comes to the front; {@link #hidden} when another
 * section replaces it. Data changed while the section is hidden (by this window or by someone else) is not read
 * again at once: the section is told just before its next showing — {@link #changedElsewhere} with what others
 * changed meanwhile, and/or {@link #refresh()} when this window wrote — then {@link #shown} follows at once with
 * the navigation target. A view whose reading is asynchronous must therefore select {@code target} in the rows
 * read again, not in the rows it held (e.g. keep the target until the reload ends).
 *
 * <p>While the window is idle, a section not opened yet may be built ahead of time, hidden ({@link #prepare}); it
 * must then behave exactly as one built when first shown: same changes told before its first {@link #shown}.
 */
public interface SectionView {

    Node node();

    /**
     * Called once when the section was built ahead of time while the window was idle, hidden (never shown yet): a
     * view that starts reading its data only in {@link #shown} starts that reading here, so that its first showing
     * finds its rows. Nothing else: no focus, no selection, no navigation target. By default nothing.
     */
    default void prepare() {
    }

    /** Called each time the section is shown; {@code target} is what to select (an id, a filter), or null. */
    default void shown(Object target) {
    }

    /** Called when another section replaces this one: its node stays in the window, invisible. */
    default void hidden() {
    }

    /** Called before leaving the section or closing the window: false keeps the user here (unsaved edits). */
    default boolean canLeave() {
        return true;
    }

    /**
     * This window wrote data of the kind {@code topic} ("partners", "holders"...) while the section was hidden;
     * {@link #refresh()} follows right before its next showing. A view that shows only some kinds may note them
     * there and skip reading again what did not change. By default nothing.
     */
    default void writtenWhileHidden(String topic) {
    }

    /**
     * Data changed (an import, another section): read again what is shown. Called while the section is shown, or
     * — when the change happened while it was hidden — right before its next {@link #shown}.
     */
    default void refresh() {
    }

    /**
     * Someone else changed data this section may show: reload the lists, keep the selection, and never replace
     * what the user is typing (a notice offers to reload instead). By default: {@link #refresh()}. Called while
     * the section is shown, or right before its next {@link #shown} with every change missed while hidden.
     */
    default void changedElsewhere(ChangedElsewhere changes) {
        refresh();
    }

    /**
     * True when {@code node} is on screen: in a window, and neither it nor any parent made invisible (a hidden
     * section stays in the window, invisible). For shortcuts a view installs on its scene.
     */
    static boolean showing(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }
}
