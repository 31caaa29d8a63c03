package fr.cress.relais.actions.ui.dashboard;

import fr.cress.relais.actions.ui.ActionFilter;
import fr.cress.relais.common.concurrent.Work;
import fr.cress.relais.common.feature.DashboardCard;
import fr.cress.relais.common.feature.SectionId;
import fr.cress.relais.common.feature.UiContext;
import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.Ikon;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A dashboard card of the actions feature: computes its figures in the background each time it is
 * refreshed, then shows them (once the dashboard is on screen: figures arriving while it is hidden are drawn when
 * it is shown again), or an empty state that says what to do. Charts lead to the actions behind
 * them (a click opens the Actions section filtered on them).
 */
abstract class ActionsCard<T> implements DashboardCard {

    protected final UiContext ui;
    private final String titleKey;
    private final int order;
    private final Work<Optional<T>> loader;
    private final StackPane root = new StackPane();
    private final WhenShown whenShown = new WhenShown(root);
    private int generation;

    ActionsCard(UiContext ui, String titleKey, int order, Work<Optional<T>> loader) {
        this.ui = ui;
        this.titleKey = titleKey;
        this.order = order;
        this.loader = loader;
        root.getStylesheets().add(Objects.requireNonNull(
                ActionsCard.class.getResource("/fr/cress/relais/actions/actions.css")).toExternalForm());
        root.setMinHeight(120);
        root.getChildren().setAll(new ProgressIndicator());
    }

    /** True when the figures leave nothing to show. */
    protected abstract boolean isEmpty(T figures);

    /** The card's content for these figures (on the FX thread). */
    protected abstract Node render(T figures);

    protected abstract Ikon emptyIcon();

    protected abstract String emptyMessageKey();

    @Override
    public String titleKey() {
        return titleKey;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public int order() {
        return order;
    }

    @Override
    public void refresh() {
        int mine = ++generation; // only the latest refresh is shown
        ui.tasks().job(ui.i18n().t(titleKey), loader)
                .onSuccess(figures -> {
                    if (mine == generation) {
                        whenShown.run(() -> show(figures));
                    }
                })
                .onFailure(ui.dialogs()::showError)
                .start();
    }

    private void show(Optional<T> figures) {
        if (figures.isEmpty() || isEmpty(figures.get())) {
            root.getChildren().setAll(emptyState());
        } else {
            root.getChildren().setAll(render(figures.get()));
        }
    }

    /** A compact empty state for a card: an icon, what is missing and what to do, a button to the actions. */
    private Node emptyState() {
        org.kordamp.ikonli.javafx.FontIcon icon = new org.kordamp.ikonli.javafx.FontIcon(emptyIcon());
        icon.getStyleClass().add("card-empty-icon");
        javafx.scene.control.Label message = new javafx.scene.control.Label(ui.i18n().t(emptyMessageKey()));
        message.setWrapText(true);
        message.getStyleClass().add("card-empty-text");
        javafx.scene.control.Button open = new javafx.scene.control.Button(ui.i18n().t("actions.card.openActions"));
        open.setOnAction(e -> ui.navigator().show(SectionId.ACTIONS, null));
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(10, icon, message, open);
        box.setAlignment(javafx.geometry.Pos.CENTER);
        box.getStyleClass().add("card-empty");
        return box;
    }

    /** Opens the Actions section on these actions. */
    protected void showActions(long programmeId, String label, Set<Long> actionIds) {
        ui.navigator().show(SectionId.ACTIONS, new ActionFilter(programmeId, label, actionIds));
    }

    protected Hyperlink link(String text, Runnable action) {
        Hyperlink link = new Hyperlink(text);
        link.getStyleClass().add("card-link");
        link.setOnAction(e -> action.run());
        return link;
    }

    /** A value axis with French numbers (3 000, 12,5). */
    protected static javafx.scene.chart.NumberAxis valueAxis(String label) {
        javafx.scene.chart.NumberAxis axis = new javafx.scene.chart.NumberAxis();
        axis.setLabel(label);
        axis.setMinorTickVisible(false);
        axis.setTickLabelFormatter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number n) {
                return fr.cress.relais.common.text.Formats.number(java.math.BigDecimal.valueOf(n.doubleValue()));
            }

            @Override
            public Number fromString(String s) {
                return null;
            }
        });
        return axis;
    }

    /** Runs {@code onNode} with the node of a chart datum as soon as the chart has made it. */
    protected static <X, Y> void withNode(XYChart.Data<X, Y> data, Consumer<Node> onNode) {
        if (data.getNode() != null) {
            onNode.accept(data.getNode());
        }
        data.nodeProperty().addListener((o, a, node) -> {
            if (node != null) {
                onNode.accept(node);
            }
        });
    }

    /** A bar that opens the actions behind it, with a tooltip saying what it is. */
    protected <X, Y> void clickable(XYChart.Data<X, Y> data, String tooltip, Runnable open) {
        withNode(data, node -> {
            Tooltip.install(node, new Tooltip(tooltip));
            node.setOnMouseClicked(e -> open.run());
        });
    }
}
