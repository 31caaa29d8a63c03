package fr.cress.relais.actions.ui;

import fr.cress.relais.testing.RelaisAppFixture;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The Actions section and the dashboard in the real window, on the example programme. */
class ActionsSectionTest {

    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    private RelaisAppFixture app;

    @BeforeEach
    void start() throws Exception {
        app = RelaisAppFixture.start(dataDir, true);
        RelaisAppFixture.waitFor(robot, ".example-banner");
    }

    @AfterEach
    void stop() throws Exception {
        app.stop();
    }

    @Test
    void editingAnAchievedValueUpdatesTheDashboard() throws Exception {
        openActions();
        selectAction("café", "Café-débat");
        robot.clickOn("Partenaires (2)");
        assertThat(robot.lookup("#action-partners").queryTableView().getItems()).hasSize(2);
        screenshot("actions-partners");
        robot.clickOn("Budget");
        assertThat(robot.lookup("#action-budget-totals").queryAs(Label.class).getText())
                .isEqualTo("Dépenses prévues\u202F: 600,00\u202F€ — cofinancements prévus\u202F: 600,00\u202F€, "
                        + "accordés\u202F: 600,00\u202F€, reçus\u202F: 600,00\u202F€");
        screenshot("actions-budget");
        robot.clickOn("Indicateurs (1)");
        robot.clickOn(".table-row-cell");
        replaceText("#indicator-achieved", "45");
        assertThat(robot.lookup("#action-save").queryButton().isDisabled()).isFalse();
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#action-save").queryButton().isDisabled());
        screenshot("actions-section");

        robot.clickOn("#nav-dashboard");
        RelaisAppFixture.waitForSection(robot, "dashboard");
        // hidden during the save, the dashboard reads its figures again now that it is shown: wait for them
        // (the status bar makes its progress part when a job is first shown)
        waitUntil(() -> robot.lookup("#status-progress").tryQuery().map(p -> !p.isVisible()).orElse(true));
        RelaisAppFixture.reveal(robot, "#card-indicators-unit");
        robot.clickOn("#card-indicators-unit");
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").queryAll().stream()
                .filter(n -> "personnes".equals(((javafx.scene.control.ListCell<?>) n).getText())).findFirst().orElseThrow());
        waitUntil(() -> achievedOf("Café-débat").filter(v -> v == 45).isPresent());
        assertThat(robot.lookup("#card-indicators-summary").queryAs(Label.class).getText())
                .startsWith("Total réalisé\u202F: 165 personnes\u202F; prévu\u202F: 130");
        screenshot("actions-dashboard");
        snapshot("#section-dashboard .page", "actions-dashboard-full");
    }

    @Test
    void aDashboardChartLeadsToTheActionsBehindIt() throws Exception {
        robot.clickOn("#nav-dashboard");
        RelaisAppFixture.waitFor(robot, "#card-status-chart");
        waitUntil(() -> cancelledBar().isPresent());
        RelaisAppFixture.reveal(robot, "#card-status-chart");
        robot.clickOn(cancelledBar().orElseThrow());

        RelaisAppFixture.waitForSection(robot, "actions");
        waitUntil(() -> robot.lookup("#actions-count").queryAs(Label.class).getText().startsWith("1 sur"));
        assertThat(robot.lookup("#actions-nav-filter").queryAs(Label.class).getText()).contains("Axe 1 · Annulée");
        assertThat(actionCells()).singleElement().asString().contains("édition 2009");
        screenshot("actions-nav-filter");
        robot.clickOn("#actions-show-all");
        waitUntil(() -> !robot.lookup("#actions-count").queryAs(Label.class).getText().startsWith("1 sur"));
    }

    @Test
    void unsavedEditsAreGuardedAndRulesShownAsYouType() throws Exception {
        openActions();
        selectAction("brochure", "Brochure");
        replaceText("#action-title", "");
        waitUntil(() -> robot.lookup(".field-error").queryAll().stream()
                .anyMatch(n -> n.isVisible() && "Indiquez un intitulé.".equals(((Label) n).getText())));
        assertThat(robot.lookup("#action-problems").queryAs(Label.class).getText())
                .isEqualTo("1 point à corriger avant d’enregistrer");

        screenshot("actions-validation");
        robot.clickOn("#nav-partners");
        RelaisAppFixture.waitFor(robot, "Abandonner les modifications");
        screenshot("actions-guard");
        robot.clickOn("Annuler");
        assertThat(robot.lookup("#section-actions").tryQuery()).isPresent();

        replaceText("#action-title", "Brochure Entreprendre autrement (2e édition)");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> actionCells().stream().anyMatch(t -> t.contains("(2e édition)")));
    }

    @Test
    void ctrlNAddsAnActionToTheSelectedObjective() throws Exception {
        openActions();
        selectAction("table ronde", "Table ronde");
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        RelaisAppFixture.waitFor(robot, "#action-title");
        robot.write("Ciné-débat « Entreprendre autrement »");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#actions-count").queryAs(Label.class).getText().endsWith("sur 39 actions"));
        robot.clickOn("#actions-filter").eraseText(20);
        waitUntil(() -> robot.lookup("#actions-count").queryAs(Label.class).getText().equals("39 sur 39 actions"));
        assertThat(actionCells()).anySatisfy(t -> assertThat(t).startsWith("1.1.e").contains("Ciné-débat"));
    }

    @Test
    void aNewProgrammeStartsFromThePreviousOneWithItsActions() throws Exception {
        openActions();
        Node programme = robot.lookup(".tree-group").queryAll().stream()
                .filter(n -> ((TreeCell<?>) n).getItem() instanceof TreeEntry e && e.kind() == TreeEntry.Kind.PROGRAMME)
                .findFirst().orElseThrow();
        robot.clickOn(robot.point(programme).atPosition(javafx.geometry.Pos.CENTER_LEFT)
                .atOffset(new javafx.geometry.Point2D(60, 0)));
        RelaisAppFixture.waitFor(robot, "#budget-summary");
        screenshot("actions-programme");

        robot.clickOn("#actions-new-programme");
        RelaisAppFixture.waitFor(robot, "#new-programme-name");
        screenshot("actions-new-programme");
        replaceText("#new-programme-name", "Entreprendre autrement 2010-2012");
        robot.clickOn("Reprendre aussi les actions, prévues pour les nouvelles années");
        robot.clickOn("Créer le programme");

        waitUntil(() -> robot.lookup("#actions-programme").queryComboBox().getValue() != null
                && robot.lookup("#actions-programme").queryComboBox().getValue().toString().contains("2010"));
        waitUntil(() -> robot.lookup("#actions-count").queryAs(Label.class).getText().equals("38 sur 38 actions"));
        assertThat(robot.lookup("#actions-programme").queryComboBox().getItems()).hasSize(2);
    }

    @Test
    void deleteAsksFirstThenRemovesTheAction() throws Exception {
        openActions();
        selectAction("licence", "Licence professionnelle");
        robot.clickOn("#actions-tree");
        robot.push(KeyCode.DELETE);
        waitUntil(() -> robot.lookup(".dialog-pane .label").queryAll().stream()
                .anyMatch(n -> String.valueOf(((Label) n).getText()).startsWith("Supprimer l’action «\u202FLicence")));
        robot.clickOn(robot.lookup(".dialog-pane .button").queryAll().stream()
                .filter(n -> "Supprimer".equals(((javafx.scene.control.Button) n).getText())).findFirst().orElseThrow());
        waitUntil(() -> robot.lookup("#actions-count").queryAs(Label.class).getText().endsWith("sur 37 actions"));
        assertThat(actionCells()).noneMatch(t -> t.contains("Licence professionnelle «"));
        assertThat(robot.lookup("#action-editor").tryQuery().filter(Node::isVisible)).isEmpty();
    }

    /** The bar of the cancelled actions of axis 1, once the chart is shown. */
    @SuppressWarnings("unchecked")
    private Optional<Node> cancelledBar() {
        return robot.lookup("#card-status-chart").tryQuery()
                .map(n -> (javafx.scene.chart.StackedBarChart<String, Number>) n)
                .flatMap(chart -> chart.getData().stream().filter(s -> s.getName().equals("Annulée")).findFirst())
                .map(s -> s.getData().get(0).getNode())
                .filter(n -> n.getScene() != null && n.isVisible());
    }

    private void openActions() throws Exception {
        robot.clickOn("#nav-actions");
        RelaisAppFixture.waitForSection(robot, "actions");
        waitUntil(() -> robot.lookup("#actions-count").queryAs(Label.class).getText().endsWith("actions"));
    }

    private void selectAction(String filter, String titleStart) throws Exception {
        robot.clickOn("#actions-filter").write(filter);
        waitUntil(() -> actionCells().stream().anyMatch(t -> t.contains(titleStart)));
        Node cell = robot.lookup(".tree-action").queryAll().stream()
                .filter(n -> n instanceof TreeCell<?> c && c.getItem() != null && ((TreeEntry) c.getItem()).label().startsWith(titleStart))
                .findFirst().orElseThrow();
        robot.clickOn(cell.lookup(".action-ref"));
        waitUntil(() -> robot.lookup("#action-editor").tryQuery().filter(Node::isVisible).isPresent());
        waitUntil(() -> robot.lookup("#action-title").tryQuery()
                .map(n -> ((javafx.scene.control.TextField) n).getText().startsWith(titleStart)).orElse(false));
    }

    private java.util.List<String> actionCells() {
        TreeView<?> tree = robot.lookup("#actions-tree").queryAs(TreeView.class);
        java.util.List<String> labels = new java.util.ArrayList<>();
        collect(tree.getRoot(), labels);
        return labels;
    }

    private static void collect(javafx.scene.control.TreeItem<?> item, java.util.List<String> labels) {
        if (item == null) {
            return;
        }
        if (item.getValue() instanceof TreeEntry e && e.isAction()) {
            labels.add(e.ref() + " " + e.label());
        }
        item.getChildren().forEach(c -> collect(c, labels));
    }

    private void replaceText(String query, String text) {
        robot.clickOn(query);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.push(KeyCode.BACK_SPACE);
        if (!text.isEmpty()) {
            robot.write(text);
        }
    }

    @SuppressWarnings("unchecked")
    private Optional<Double> achievedOf(String categoryStart) {
        BarChart<String, Number> chart = robot.lookup("#card-indicators-chart").queryAs(BarChart.class);
        return chart.getData().stream().filter(s -> s.getName().equals("Réalisé"))
                .flatMap(s -> s.getData().stream())
                .filter(d -> d.getXValue().contains("\n" + categoryStart))
                .map(XYChart.Data::getYValue).map(Number::doubleValue).findFirst();
    }

    private void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            screenshot("timeout-" + System.nanoTime());
            throw e;
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** With -Drelais.screenshots=DIR, saves the whole node, scrolled parts included. */
    private void snapshot(String query, String name) throws Exception {
        String dir = System.getProperty("relais.screenshots");
        if (dir != null) {
            Node node = robot.lookup(query).query();
            var image = WaitForAsyncUtils.asyncFx(() -> node.snapshot(null, null)).get();
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", Path.of(dir, name + ".png").toFile());
        }
    }

    /** With -Drelais.screenshots=DIR, saves what the window shows (to look at it). */
    private void screenshot(String name) throws Exception {
        String dir = System.getProperty("relais.screenshots");
        if (dir != null) {
            var image = robot.capture(javafx.stage.Window.getWindows().get(javafx.stage.Window.getWindows().size() - 1)
                    .getScene().getRoot()).getImage();
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", Path.of(dir, name + ".png").toFile());
        }
    }
}
