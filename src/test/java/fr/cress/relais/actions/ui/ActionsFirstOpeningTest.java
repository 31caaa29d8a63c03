package fr.cress.relais.actions.ui;

import fr.cress.relais.testing.RelaisAppFixture;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first opening of « Actions » shows the tree and what its rows say (reference, title, status), and builds
 * the rest when first needed: the editor of a programme, axis or objective at the first such selection, a row's
 * tooltip when the pointer first comes over it, the action editor at the first action opened (with its figures).
 */
class ActionsFirstOpeningTest {

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
    void theTreeShowsFirstAndTheEditorsComeWhenFirstNeeded() throws Exception {
        robot.clickOn("#nav-actions");
        RelaisAppFixture.waitForSection(robot, "actions");
        waitUntil(() -> "38 sur 38 actions".equals(robot.lookup("#actions-count").queryAs(Label.class).getText()));
        screenshot("actions-first-list");

        List<TreeCell<?>> actionCells = shownActionCells();
        assertThat(actionCells).isNotEmpty();
        for (TreeCell<?> cell : actionCells) {
            TreeEntry entry = (TreeEntry) cell.getItem();
            assertThat(texts(cell)).containsExactly(entry.ref(), entry.label(),
                    fr.cress.relais.common.i18n.I18n.french().label(entry.action().status()));
            assertThat(cell.getStyleClass()).contains("tree-action").doesNotContain("tree-group");
        }
        assertThat(robot.lookup("#structure-editor").tryQuery()).isEmpty();
        assertThat(robot.lookup("#action-editor").tryQuery()).isEmpty();

        TreeCell<?> first = actionCells.get(0);
        assertThat(first.getTooltip()).isNull();
        robot.moveTo(first.lookup(".action-ref"));
        waitUntil(() -> first.getTooltip() != null);
        assertThat(first.getTooltip().getText()).isEqualTo(((TreeEntry) first.getItem()).label());

        robot.clickOn("#actions-filter").write("café");
        waitUntil(() -> !robot.lookup("#actions-count").queryAs(Label.class).getText().startsWith("38 sur"));
        TreeCell<?> cafe = shownActionCells().stream()
                .filter(c -> ((TreeEntry) c.getItem()).label().startsWith("Café-débat «\u202FEntreprendre sous forme associative"))
                .findFirst().orElseThrow();
        assertThat(texts(cafe).get(2)).isEqualTo("Réalisée");
        robot.clickOn(cafe.lookup(".action-ref"));
        waitUntil(() -> robot.lookup("#action-title").tryQuery()
                .map(n -> ((javafx.scene.control.TextField) n).getText().startsWith("Café-débat")).orElse(false));
        screenshot("actions-first-detail");
        robot.clickOn("#action-tab-indicators .tab-label");
        TableView<?> indicators = robot.lookup("#action-indicators").queryTableView();
        waitUntil(() -> indicators.getItems().size() == 1);
        assertThat(cellTexts(indicators)).contains("2008", "Participants", "personnes", "30");
        screenshot("actions-first-indicators");

        robot.clickOn("#actions-filter");
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).push(KeyCode.BACK_SPACE);
        waitUntil(() -> "38 sur 38 actions".equals(robot.lookup("#actions-count").queryAs(Label.class).getText()));
        robot.clickOn("#actions-tree");
        robot.push(KeyCode.HOME);
        RelaisAppFixture.waitFor(robot, "#budget-summary");
        assertThat(robot.lookup("#structure-title").queryAs(javafx.scene.control.TextField.class).getText())
                .isEqualTo("Promotion et développement de l’entrepreneuriat en économie sociale en Basse-Normandie");
        screenshot("actions-first-programme");
    }

    private List<TreeCell<?>> shownActionCells() {
        return robot.lookup(".tree-action").queryAll().stream()
                .filter(n -> n instanceof TreeCell<?> c && c.isVisible() && c.getItem() instanceof TreeEntry e && e.isAction())
                .<TreeCell<?>>map(n -> (TreeCell<?>) n).toList();
    }

    private static List<String> texts(TreeCell<?> cell) {
        return cell.getGraphic().lookupAll(".label").stream().filter(Node::isVisible)
                .map(n -> ((Label) n).getText()).toList();
    }

    private static List<String> cellTexts(TableView<?> table) {
        return table.lookupAll(".table-cell").stream()
                .map(n -> ((javafx.scene.control.TableCell<?, ?>) n).getText()).filter(t -> t != null && !t.isEmpty())
                .toList();
    }

    private void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** With -Drelais.screenshots=DIR, saves what the window shows (to compare before and after a change). */
    private void screenshot(String name) throws Exception {
        String dir = System.getProperty("relais.screenshots");
        if (dir != null) {
            var image = robot.capture(javafx.stage.Window.getWindows().get(0).getScene().getRoot()).getImage();
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", Path.of(dir, name + ".png").toFile());
        }
    }
}
