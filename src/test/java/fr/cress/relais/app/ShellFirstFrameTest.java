package fr.cress.relais.app;

import fr.cress.relais.common.feature.SectionId;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.settings.DataLocations;
import fr.cress.relais.common.settings.UiSettings;
import fr.cress.relais.testing.RelaisAppFixture;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The window's first frame is a light shell (the menus' titles, not the menu bar); the menu bar comes once the
 * window is usable, and the keyboard answers all along. The store is backed up at exit after the window is gone.
 */
class ShellFirstFrameTest {

    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    private RelaisAppFixture app;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage(); // the tests below that make their own stage need the toolkit started
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.stop();
        }
    }

    @Test
    void theMenusTitlesComeFirstTheShortcutsAnswerBeforeTheMenuBarAndAfter() throws Exception {
        List<SectionId> shown = new CopyOnWriteArrayList<>();
        UiSettings settings = UiSettings.load(dataDir.resolve("ui.properties"));
        WindowCommands commands = new WindowCommands(null, I18n.french(), settings, null, null, null, null,
                () -> null, () -> true);
        MainMenu[] menu = new MainMenu[1];
        Stage stage = FxToolkit.registerStage(Stage::new);
        robot.interact(() -> {
            menu[0] = new MainMenu(I18n.french(), commands, (id, target) -> shown.add(id));
            Scene scene = new Scene(new VBox(menu[0].node()), 600, 300);
            menu[0].addAccelerators(scene);
            stage.setScene(scene);
            stage.show();
            stage.toFront();
        });
        assertThat(robot.lookup(".menu-bar .menu-title").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("Fichier", "Affichage", "Aide");
        assertThat(robot.lookup(".menu-bar").queryAll()).noneMatch(MenuBar.class::isInstance);

        robot.interact(stage::requestFocus);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown).as("sections wait for the store").isEmpty();

        robot.interact(() -> menu[0].setStoreReady(true));
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shown.contains(SectionId.PARTNERS));

        robot.interact(menu[0]::install);
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        assertThat(bar.getMenus()).extracting(Menu::getText).containsExactly("_Fichier", "_Affichage", "Aid_e");
        assertThat(robot.lookup(".menu-title").tryQuery()).isEmpty();
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shown.contains(SectionId.MEETINGS));
        robot.interact(stage::close);
    }

    @Test
    void aClickOnAMenuTitleOfTheFirstFrameOpensThatMenu() throws Exception {
        UiSettings settings = UiSettings.load(dataDir.resolve("ui.properties"));
        WindowCommands commands = new WindowCommands(null, I18n.french(), settings, null, null, null, null,
                () -> null, () -> true);
        Stage stage = FxToolkit.registerStage(Stage::new);
        robot.interact(() -> {
            MainMenu menu = new MainMenu(I18n.french(), commands, (id, target) -> { });
            stage.setScene(new Scene(new VBox(menu.node()), 600, 300));
            stage.show();
            stage.toFront();
        });
        robot.clickOn(robot.lookup(".menu-title").match(n -> ((Label) n).getText().equals("Affichage"))
                .queryAs(Label.class));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup(".menu-item .label").match(n -> ((Label) n).getText().equals("Réunions"))
                        .tryQuery().isPresent());
        Menu view = robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().get(1);
        assertThat(view.isShowing()).isTrue();
        robot.interact(() -> {
            view.hide();
            stage.close();
        });
    }

    @Test
    void onceTheFirstSectionIsShownTheMenuBarAndTheShortcutsWork() throws Exception {
        app = RelaisAppFixture.start(dataDir, true);
        RelaisAppFixture.waitForSection(robot, "dashboard");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        RelaisAppFixture.waitForSection(robot, "partners");

        RelaisAppFixture.waitFor(robot, ".menu-bar .menu-button");
        robot.clickOn(robot.lookup(".menu-bar .menu-button")
                .match(n -> ((MenuButton) n).getText().replace("_", "").equals("Affichage")).queryAs(MenuButton.class));
        robot.clickOn(robot.lookup(".menu-item .label").match(n -> ((Label) n).getText().equals("Réunions"))
                .queryAs(Label.class));
        RelaisAppFixture.waitForSection(robot, "meetings");
    }

    @Test
    @Tag("h2-only") // the backup at exit is a copy of the H2 file; a shared store is backed up by its administrator
    void theStoreIsBackedUpAtExitOnceTheWindowIsGone() throws Exception {
        app = RelaisAppFixture.start(dataDir, true);
        RelaisAppFixture.waitForSection(robot, "dashboard");
        Stage stage = (Stage) robot.lookup("#nav-partners").query().getScene().getWindow();
        Path backups = new DataLocations(dataDir, false).backupsDir();
        long before = count(backups);

        app.stop(); // returns once the store is backed up and closed
        app = null;

        assertThat(stage.isShowing()).isFalse();
        assertThat(count(backups)).isEqualTo(before + 1);
    }

    private static long count(Path dir) throws Exception {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).count();
        }
    }
}
