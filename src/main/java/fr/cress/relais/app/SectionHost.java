package fr.cress.relais.app;

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
import java.util.List;
import java.util.Map;

/**
 * Builds each section's view the first time it is shown and keeps it; asks the current view before
 * leaving it (unsaved edits). The dashboard and the exports gather what every feature contributes.
 */
final class SectionHost {

    private final Relais relais;
    private final UiContext ui;
    private final StackPane content;
    private final Map<SectionId, SectionView> views = new EnumMap<>(SectionId.class);
    private SectionId current;

    SectionHost(Relais relais, UiContext ui, StackPane content) {
        this.relais = relais;
        this.ui = ui;
        this.content = content;
        ui.events().subscribe(topic -> views.forEach((id, view) -> {
            if (id != current) {
                view.refresh();
            }
        }));
        ui.events().subscribeElsewhere(changes -> views.values().forEach(view -> view.changedElsewhere(changes)));
    }

    /** Shows the section; false if the current one refused to be left. */
    boolean show(SectionId id, Object target) {
        if (current != null && current != id && !views.get(current).canLeave()) {
            return false;
        }
        SectionView view = views.computeIfAbsent(id, this::create);
        content.getChildren().setAll(view.node());
        current = id;
        view.shown(target);
        return true;
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
        current = null;
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
