package fr.cress.relais.common.feature;

import javafx.scene.Node;

/** The content of one main section. Built lazily on the FX thread the first time it is shown. */
public interface SectionView {

    Node node();

    /** Called each time the section is shown; {@code target} is what to select (an id, a filter), or null. */
    default void shown(Object target) {
    }

    /** Called before leaving the section or closing the window: false keeps the user here (unsaved edits). */
    default boolean canLeave() {
        return true;
    }

    /** Data changed elsewhere (import, another section): reload what is shown. */
    default void refresh() {
    }

    /**
     * Someone else changed data this section may show: reload the lists, keep the selection, and never replace
     * what the user is typing (a notice offers to reload instead). By default: {@link #refresh()}.
     */
    default void changedElsewhere(ChangedElsewhere changes) {
        refresh();
    }
}
