package fr.cress.relais.holders.ui;

import fr.cress.relais.testing.RelaisAppFixture;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The holders' section and its dashboard card in the real window, headless, on the example programme. */
class HoldersViewTest {

    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    private RelaisAppFixture app;

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.stop();
        }
    }

    private void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            for (javafx.stage.Window w : robot.listWindows()) {
                capture(w.getScene().getRoot(), "timeout-" + System.nanoTime());
            }
            throw e;
        }
    }

    private String text(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private void openHolders() throws Exception {
        app = RelaisAppFixture.start(dataDir, true);
        RelaisAppFixture.waitFor(robot, ".example-banner");
        robot.clickOn("#nav-holders");
        RelaisAppFixture.waitForSection(robot, "holders");
        waitUntil(() -> text("#holders-count").endsWith("sur 51"));
    }

    private void select(String filter) throws Exception {
        robot.clickOn("#holders-filter").write(filter);
        TableView<?> table = robot.lookup("#holders-table").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 1);
        robot.interact(() -> table.getSelectionModel().select(0));
        waitUntil(() -> robot.lookup("#holder-name").tryQuery()
                .map(n -> java.util.Objects.toString(((javafx.scene.control.TextField) n).getText()).contains(filter))
                .orElse(false));
    }

    @Test
    void theDashboardShowsTheReferralsToFollowUpAndLeadsToThem() throws Exception {
        app = RelaisAppFixture.start(dataDir, true);
        RelaisAppFixture.waitFor(robot, "#holders-followup-card");
        waitUntil(() -> text("#holders-followup-count").equals("2 relances à faire aujourd’hui"));
        assertThat(robot.lookup(".holders-followup-line").queryAllAs(Label.class))
                .extracting(Label::getText)
                .anySatisfy(t -> assertThat(t).startsWith("Léa Morvan → URSCOP").contains("2e relance à faire"))
                .anySatisfy(t -> assertThat(t).startsWith("Hugo Lemarchand → BNA").contains("1re relance à faire"));
        capture("#holders-followup-card", "holders-card");

        robot.clickOn("#holders-followup-open");

        RelaisAppFixture.waitForSection(robot, "holders");
        waitUntil(() -> text("#holders-count").equals("2 sur 51"));
        assertThat(robot.lookup("#holders-filter-due").queryAs(ToggleButton.class).isSelected()).isTrue();
    }

    @Test
    void aNewHolderIsTypedAndSavedWithTheKeyboard() throws Exception {
        openHolders();

        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        robot.clickOn("#holder-name").write("Collectif du Passais");
        robot.clickOn("#holder-commune").write("61145");
        toggle("#need-financement");
        toggle("#need-statuts");
        assertThat(robot.lookup("#holders-save").queryAs(Button.class).isDisabled()).isFalse();
        capture("#section-holders", "holders-new-form");
        javafx.scene.control.ScrollPane form = robot.lookup("#holder-form").queryAs(javafx.scene.control.ScrollPane.class);
        robot.interact(() -> form.setVvalue(0.75));
        capture("#section-holders", "holders-needs");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);

        waitUntil(() -> text("#holders-count").equals("52 sur 52"));
        robot.clickOn("#holders-tab-suggestions");
        waitUntil(() -> robot.lookup("#suggestions-financement").tryQuery().isPresent());
        assertThat(robot.lookup("#holders-save").queryAs(Button.class).isDisabled()).isTrue();
    }

    @Test
    void aSaveWithAnUnknownCommuneIsRefusedAndKeepsWhatWasTyped() throws Exception {
        openHolders();
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        robot.clickOn("#holder-name").write("Projet sans commune");
        robot.clickOn("#holder-commune").write("Nullepart");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);

        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        assertThat(robot.lookup(".dialog-pane .content").queryAs(Node.class)).isNotNull();
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        assertThat(text("#holders-count")).isEqualTo("51 sur 51");
        assertThat(robot.lookup("#holder-name").queryAs(javafx.scene.control.TextField.class).getText())
                .isEqualTo("Projet sans commune");
    }

    @Test
    void whereNothingCoversTheNeedTheSuggestionsSaySoAndAReferralStartsFromThem() throws Exception {
        openHolders();
        select("Lemarchand");
        robot.clickOn("#holders-tab-suggestions");
        waitUntil(() -> robot.lookup("#suggestion-gap-accompagnement-emergence").tryQuery().isPresent());
        assertThat(text("#suggestion-gap-accompagnement-emergence"))
                .isEqualTo("Aucune offre d’accompagnement à l’émergence ne couvre Domfront en Poiraie.");
        capture("#section-holders", "holders-suggestions");
        capture("#suggestions-accompagnement-emergence", "holders-gap");

        robot.clickOn(robot.lookup("#suggestions-financement .suggestion-refer").queryAs(Button.class));
        waitUntil(() -> robot.lookup("#referral-partner").tryQuery().isPresent());
        capture(robot.lookup("#referral-partner").query().getScene().getRoot(), "holders-referral-dialog");
        assertThat(robot.lookup("#referral-partner").queryAs(javafx.scene.control.ComboBox.class).getValue())
                .as("the partner of the suggestion is chosen").isNotNull();
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);

        javafx.scene.control.ListView<?> referrals = robot.lookup("#referrals-list").queryAs(javafx.scene.control.ListView.class);
        waitUntil(() -> referrals.getItems().size() == 2);
        capture("#section-holders", "holders-referrals");
    }

    @Test
    void leavingWithUnsavedChangesAsksFirst() throws Exception {
        openHolders();
        select("Morvan");
        capture("#section-holders", "holders-form");
        robot.clickOn("#holder-name").write(" (SCIC)");
        robot.clickOn("#nav-partners");

        waitUntil(() -> robot.lookup("Abandonner les modifications").tryQuery().isPresent());
        robot.clickOn("Annuler");
        assertThat(robot.lookup("#section-holders").tryQuery()).isPresent();
        assertThat(robot.lookup("#holder-name").queryAs(javafx.scene.control.TextField.class).getText())
                .endsWith("(SCIC)");
    }

    @Test
    void suprDeletesAfterConfirmationAndTheDeletionCanBeUndone() throws Exception {
        openHolders();
        select("Morvan");
        robot.clickOn("#holders-table");
        robot.press(KeyCode.DELETE).release(KeyCode.DELETE);

        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        waitUntil(() -> text("#holders-count").equals("0 sur 50"));
        assertThat(robot.lookup("#holders-undo").queryAs(Button.class).isVisible()).isTrue();

        robot.clickOn("#holders-undo");
        waitUntil(() -> text("#holders-count").equals("1 sur 51"));
        assertThat(java.util.Objects.toString(robot.lookup("#holder-name")
                .queryAs(javafx.scene.control.TextField.class).getText())).isEqualTo("Léa Morvan");
    }

    @Test
    void theExportAsksBeforeIncludingNames() throws Exception {
        app = RelaisAppFixture.start(dataDir, true);
        RelaisAppFixture.waitFor(robot, ".example-banner");
        robot.clickOn("#nav-exports");
        RelaisAppFixture.waitForSection(robot, "exports");
        Node row = robot.lookup(".export-row").queryAll().stream()
                .filter(n -> robot.from(n).lookup(".label").queryAll().stream()
                        .anyMatch(l -> "Porteurs de projet".equals(((Label) l).getText())))
                .findFirst().orElseThrow();
        Button export = robot.from(row).lookup(".button").queryAs(Button.class);
        // The row may lie below the fold of the Exports page; fire it without waiting for the modal dialog.
        javafx.application.Platform.runLater(export::fire);

        waitUntil(() -> robot.lookup("#holders-export-names").tryQuery().isPresent());
        javafx.scene.control.CheckBox names = robot.lookup("#holders-export-names").queryAs(javafx.scene.control.CheckBox.class);
        assertThat(names.isSelected()).isFalse();
        capture(names.getScene().getRoot(), "holders-export-dialog");
        Button cancel = robot.from(names.getScene().getRoot()).lookup(".button").queryAllAs(Button.class).stream()
                .filter(b -> "Annuler".equals(b.getText())).findFirst().orElseThrow();
        robot.interact(cancel::fire);
        waitUntil(() -> robot.lookup("#holders-export-names").tryQuery().isEmpty());
    }

    /** Chips further down the form may lie below the window: toggled as the keyboard would (space). */
    private void toggle(String query) {
        ToggleButton chip = robot.lookup(query).queryAs(ToggleButton.class);
        robot.interact(() -> {
            chip.requestFocus();
            chip.fire();
        });
    }

    /** Saves a picture of a node when -Dholders.screenshots=DIR is given (to look at the screens). */
    private void capture(String query, String name) throws Exception {
        String dir = System.getProperty("holders.screenshots");
        if (dir == null) {
            return;
        }
        capture(robot.lookup(query).query(), name);
    }

    private void capture(Node node, String name) throws Exception {
        String dir = System.getProperty("holders.screenshots");
        if (dir == null) {
            return;
        }
        Files.createDirectories(Path.of(dir));
        WaitForAsyncUtils.waitForFxEvents();
        var image = robot.capture(node).getImage();
        ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png",
                Path.of(dir, name + ".png").toFile());
    }
}
