package fr.cress.relais.app;

import fr.cress.relais.common.feature.DashboardCard;
import fr.cress.relais.common.feature.SectionId;
import fr.cress.relais.common.feature.SectionView;
import fr.cress.relais.common.feature.UiContext;
import fr.cress.relais.common.ui.EmptyState;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;

/**
 * Tableau de bord: the cards that features contribute. Each card computes its figures in the background; shown
 * again, the dashboard keeps the figures it shows unless data changed meanwhile (or they are more than a minute
 * old: « next meeting », « overdue » follow the clock).
 */
final class DashboardView implements SectionView {

    static final Duration MAX_AGE = Duration.ofMinutes(1);

    private final List<DashboardCard> cards;
    private final Node node;
    private boolean stale = true;
    private boolean showing;
    private long refreshedAt;

    DashboardView(UiContext ui, List<DashboardCard> cards) {
        this.cards = cards.stream().sorted(Comparator.comparingInt(DashboardCard::order)).toList();
        if (this.cards.isEmpty()) {
            node = new EmptyState(Navigation.icon(SectionId.DASHBOARD), ui.i18n().label(SectionId.DASHBOARD),
                    ui.i18n().t(SectionId.DASHBOARD.emptyKey()));
            node.setId("section-dashboard-empty");
            return;
        }
        Label title = new Label(ui.i18n().label(SectionId.DASHBOARD));
        title.getStyleClass().add("title-2");
        FlowPane grid = new FlowPane(16, 16);
        grid.getStyleClass().add("dashboard-grid");
        for (DashboardCard card : this.cards) {
            VBox box = new VBox(8);
            box.getStyleClass().add("dashboard-card");
            Label heading = new Label(ui.i18n().t(card.titleKey()));
            heading.getStyleClass().add("title-4");
            box.getChildren().addAll(heading, card.node());
            box.setPrefWidth(card.wide() ? 960 : 470);
            grid.getChildren().add(box);
        }
        VBox page = new VBox(16, title, grid);
        page.getStyleClass().add("page");
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.setId("section-dashboard");
        node = scroll;
    }

    @Override
    public Node node() {
        return node;
    }

    @Override
    public void shown(Object target) {
        showing = true;
        if (stale || System.nanoTime() - refreshedAt > MAX_AGE.toNanos()) {
            refreshCards();
        }
    }

    /** Shown: the cards compute their figures again now; hidden: at the next showing. */
    @Override
    public void refresh() {
        if (!showing) {
            stale = true;
        } else {
            refreshCards();
        }
    }

    @Override
    public void hidden() {
        showing = false;
    }

    private void refreshCards() {
        stale = false;
        refreshedAt = System.nanoTime();
        cards.forEach(DashboardCard::refresh);
    }
}
