package fr.cress.relais.actions.ui.dashboard;

import fr.cress.relais.actions.DashboardFigures.IndicatorPoint;
import fr.cress.relais.actions.DashboardFigures.Indicators;
import fr.cress.relais.app.Relais;
import fr.cress.relais.common.concurrent.CurrentThreadTaskRunner;
import fr.cress.relais.common.feature.DashboardCard;
import fr.cress.relais.common.feature.DataEvents;
import fr.cress.relais.common.feature.UiContext;
import fr.cress.relais.common.settings.UiSettings;
import fr.cress.relais.testing.FailingDialogs;
import fr.cress.relais.testing.TestStores;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The charts of the actions' dashboard cards are drawn only while the dashboard is on screen: figures that arrive
 * while it is hidden (another section in front) build no chart until it is shown again, then the chart shows those
 * figures. The cards sit in a window of their own (no change watcher, no other section), their figures read at once.
 */
class HiddenDashboardCardTest {

    @TempDir
    Path dir;
    private final FxRobot robot = new FxRobot();
    private Relais relais;
    private List<DashboardCard> cards;
    private StackPane dashboard;

    @BeforeEach
    void open() throws Exception {
        relais = TestStores.demoRelais(dir);
        UiContext ui = new UiContext(relais.core().i18n(), new FailingDialogs(), new CurrentThreadTaskRunner(),
                UiSettings.inMemory(), (section, target) -> { }, new DataEvents());
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            cards = ActionsDashboard.cards(ui, relais.actions().dashboard());
            dashboard = new StackPane(new VBox(8, cards.stream().map(DashboardCard::node).toArray(Node[]::new)));
            stage.setScene(new Scene(new StackPane(dashboard), 1280, 800));
            stage.show();
        });
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        relais.close();
    }

    private List<Node> charts() {
        return cards.stream().flatMap(c -> c.node().lookupAll(".chart").stream()).toList();
    }

    @Test
    void figuresArrivingWhileTheDashboardIsHiddenAreDrawnWhenItIsShownAgain() {
        robot.interact(() -> {
            dashboard.setVisible(false);
            cards.forEach(DashboardCard::refresh); // the figures are read at once (current-thread runner)
        });

        assertThat(charts()).as("no chart drawn behind another section").isEmpty();
        assertThat(cards.get(0).node().lookup(".progress-indicator")).isInstanceOf(ProgressIndicator.class);

        robot.interact(() -> dashboard.setVisible(true));

        assertThat(charts()).hasSize(3); // indicators, statuses, budget
        assertThat(plannedBars()).containsExactlyElementsOf(expectedPlannedBars());
    }

    @Test
    void aDashboardOnScreenDrawsItsFiguresAtOnce() {
        robot.interact(() -> cards.forEach(DashboardCard::refresh));

        assertThat(charts()).hasSize(3);
        assertThat(plannedBars()).containsExactlyElementsOf(expectedPlannedBars());
    }

    @Test
    void onlyTheLastFiguresAreDrawnWhenShown() {
        robot.interact(() -> {
            dashboard.setVisible(false);
            cards.forEach(DashboardCard::refresh);
            cards.forEach(DashboardCard::refresh);
            dashboard.setVisible(true);
        });

        assertThat(charts()).hasSize(3);
        assertThat(cards.get(0).node().lookupAll("#card-indicators-chart")).hasSize(1);
    }

    /** The planned values of the indicators chart, in the order of its bars. */
    @SuppressWarnings("unchecked")
    private List<Number> plannedBars() {
        BarChart<String, Number> chart =
                (BarChart<String, Number>) cards.get(0).node().lookup("#card-indicators-chart");
        return chart.getData().get(0).getData().stream().map(XYChart.Data::getYValue).toList();
    }

    private List<Number> expectedPlannedBars() {
        Indicators figures = relais.actions().dashboard().indicators().orElseThrow();
        List<IndicatorPoint> points = figures.inUnit(figures.units().get(0));
        return points.subList(0, Math.min(IndicatorsCard.MAX_BARS, points.size())).stream()
                .map(p -> (Number) (p.planned() == null ? BigDecimal.ZERO : p.planned())).toList();
    }
}
