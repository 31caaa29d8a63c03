package fr.cress.relais.common.feature;

import java.util.List;
import java.util.Optional;

/**
 * A feature of Relais (partners, meetings, actions, territory, holders...). The composition root builds
 * each one with its services once the store is open; the window asks it for its section, dashboard cards
 * and exports; the demo loader asks it for its part of the example programme.
 * Features never reach into another feature's ui package.
 */
public interface Feature {

    /** The main section this feature fills, if any. */
    default Optional<SectionId> section() {
        return Optional.empty();
    }

    /** Builds the view of {@link #section()}; called once, on the FX thread. */
    default SectionView createView(UiContext ui) {
        throw new UnsupportedOperationException("no section");
    }

    default List<DashboardCard> dashboardCards(UiContext ui) {
        return List.of();
    }

    default List<ExportEntry> exports(UiContext ui) {
        return List.of();
    }

    /** Adds this feature's part of the example programme 2007-2009 (called in dependency order). */
    default void loadDemo(DemoContext demo) {
    }
}
