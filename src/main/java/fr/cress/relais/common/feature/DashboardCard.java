package fr.cress.relais.common.feature;

import javafx.scene.Node;

/**
 * One card of the dashboard, contributed by a feature. {@code order} sorts cards; {@code wide} cards take
 * a whole row. {@code refresh} reloads its figures (in the background) when data changed.
 */
public interface DashboardCard {

    String titleKey();

    Node node();

    default int order() {
        return 100;
    }

    default boolean wide() {
        return false;
    }

    default void refresh() {
    }
}
