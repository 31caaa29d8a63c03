package fr.cress.relais.app;

import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.settings.DataLocations;
import fr.cress.relais.db.Store;
import fr.cress.relais.db.StoreStats;
import fr.cress.relais.safety.BackupReason;
import fr.cress.relais.safety.BackupService;
import fr.cress.relais.safety.RestoreService;
import fr.cress.relais.testing.ChildJvm;
import fr.cress.relais.testing.RelaisAppFixture;
import fr.cress.relais.testing.StoreContents;
import fr.cress.relais.testing.StoreHolder;
import fr.cress.relais.testing.TestStores;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuButton;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Backups and restores in the real window: Fichier > Sauvegarder maintenant…, Fichier > Restaurer une
 * sauvegarde…, the recovery screen of a damaged store, and a second Relais on a store already open.
 */
@Tag("h2-only") // the backup, restore and recovery screens of the H2 file
class SafetyWindowTest {

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

    @Test
    void aBackupMadeWhileTheWindowIsOpenRestoresToAnIdenticalStoreInAFreshFolder(@TempDir Path fresh) throws Exception {
        app = RelaisAppFixture.start(dataDir, true);
        RelaisAppFixture.waitFor(robot, ".example-banner");

        Path backup = backUpFromTheMenu();
        Map<String, List<Map<String, Object>>> open = contentsOfTheOpenStore();

        DataLocations target = new DataLocations(fresh, false);
        new RestoreService(target, new BackupService(target, TestStores.CLOCK)).restore(backup);
        try (Store restored = Store.open(target)) {
            assertThat(StoreContents.of(restored.dsl())).isEqualTo(open);
            assertThat(StoreStats.count(restored.dsl()).get("organisations")).isGreaterThanOrEqualTo(14);
        }
    }

    @Test
    void restoringFromTheMenuBringsTheBackupBackAndKeepsWhatItReplaced() throws Exception {
        app = RelaisAppFixture.start(dataDir, true);
        RelaisAppFixture.waitFor(robot, ".example-banner");
        Path backup = backUpFromTheMenu();
        execute("INSERT INTO organisation (name, kind) VALUES ('Saisie après la sauvegarde', 'OTHER')");
        assertThat(countMarker()).isEqualTo(1);

        clickMenu("Fichier", "Restaurer une sauvegarde…");
        RelaisAppFixture.waitFor(robot, "#restore-dialog");
        screenshot(robot.lookup("#restore-dialog").query(), "restore-dialog");
        robot.clickOn(robot.lookup(".restore-this").queryAll().iterator().next());
        Node confirm = RelaisAppFixture.waitFor(robot, ".dialog-pane");
        assertThat(texts(confirm)).contains("Remplacer toutes les données actuelles par la sauvegarde du " + dayOf(backup));
        screenshot(confirm, "restore-confirm");
        robot.clickOn(robot.lookup(".dialog-pane .button").match(b -> "Restaurer".equals(((Labeled) b).getText()))
                .queryAs(Node.class));

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(keptBackup()) && storeReady());
        assertThat(countMarker()).as("the data entered after the backup is gone").isZero();
        assertThat(backup).exists();
    }

    @Test
    void aDamagedStoreOpensOnTheRecoveryScreenAndTheLatestBackupBringsItBack() throws Exception {
        DataLocations locations = new DataLocations(dataDir, false);
        long organisations;
        try (Relais relais = Relais.open(locations, I18n.french(), TestStores.CLOCK)) {
            relais.demoLoader().load();
            relais.backups().create(relais.store(), BackupReason.AT_EXIT);
            organisations = relais.stats().get("organisations");
        }
        scramble(dataDir.resolve("relais.mv.db"));

        app = RelaisAppFixture.start(dataDir, false);
        Node recovery = RelaisAppFixture.waitFor(robot, "#recovery");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".restore-this").tryQuery().isPresent());
        assertThat(robot.lookup("#recovery-message").queryAs(Labeled.class).getText())
                .contains("ne peuvent pas être ouvertes");
        assertThat(texts(recovery)).contains("Fermeture de Relais").contains("26/11/2026 à 10\u00A0h")
                .containsPattern("\\d+(,\\d+)?[\\s\\u00A0\\u202F](ko|Mo)");
        screenshot(recovery, "recovery");

        robot.clickOn(".restore-this");
        RelaisAppFixture.waitFor(robot, ".dialog-pane");
        robot.clickOn(robot.lookup(".dialog-pane .button").match(b -> "Restaurer".equals(((Labeled) b).getText()))
                .queryAs(Node.class));

        RelaisAppFixture.waitFor(robot, ".example-banner");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, this::storeReady);
        assertThat(count("SELECT COUNT(*) FROM organisation WHERE deleted_at IS NULL")).isEqualTo(organisations);
        assertThat(keptBackup()).as("the damaged file is kept aside").exists();
    }

    @Test
    void aSecondRelaisOnAnOpenStoreSaysSoInFrenchAndBringsTheFirstToTheFront() throws Exception {
        Process first = ChildJvm.start(StoreHolder.class, dataDir.resolve("logs"), dataDir.toString(), "--listen");
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(first.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).startsWith("READY");

            app = RelaisAppFixture.start(dataDir, false);
            RelaisAppFixture.waitFor(robot, "#store-error");
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#store-error-message")
                    .queryAs(Labeled.class).getText().contains("mise au premier plan"));

            assertThat(robot.lookup("#store-error-message").queryAs(Labeled.class).getText())
                    .startsWith("Ces données sont déjà ouvertes par un autre Relais");
            assertThat(out.readLine()).as("the first Relais was asked to come to the front").isEqualTo("SHOW");
            screenshot(robot.lookup("#store-error").query(), "second-instance");
        } finally {
            first.getOutputStream().close();
            first.waitFor();
        }
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private Path backUpFromTheMenu() throws Exception {
        clickMenu("Fichier", "Sauvegarder maintenant…");
        Node dialog = RelaisAppFixture.waitFor(robot, "#backup-dialog");
        screenshot(dialog, "backup-dialog");
        robot.clickOn(robot.lookup("#backup-dialog .button").match(b -> "Sauvegarder".equals(((Labeled) b).getText()))
                .queryAs(Node.class));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> backups().stream()
                .anyMatch(p -> p.getFileName().toString().endsWith("-manuelle.zip")));
        WaitForAsyncUtils.waitForFxEvents();
        return backups().stream().filter(p -> p.getFileName().toString().endsWith("-manuelle.zip")).findFirst()
                .orElseThrow();
    }

    /** The day a backup was taken, as the window writes it, read from its name (relais-2026-11-26-1030-….zip). */
    private static String dayOf(Path backup) {
        Matcher m = Pattern.compile("relais-(\\d{4})-(\\d{2})-(\\d{2})-").matcher(backup.getFileName().toString());
        assertThat(m.lookingAt()).as("backup name %s", backup.getFileName()).isTrue();
        return m.group(3) + "/" + m.group(2) + "/" + m.group(1);
    }

    private void clickMenu(String menu, String item) {
        robot.clickOn(robot.lookup(".menu-bar .menu-button").match(n -> ((MenuButton) n).getText().replace("_", "").equals(menu))
                .queryAs(Node.class));
        robot.clickOn(robot.lookup(".menu-item .label").match(n -> ((Labeled) n).getText().replace("_", "").equals(item))
                .queryAs(Node.class));
    }

    private List<Path> backups() throws Exception {
        Path folder = dataDir.resolve("backups");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".zip")).sorted().toList();
        }
    }

    private Path keptBackup() throws Exception {
        return backups().stream().filter(p -> p.getFileName().toString().contains("avant-restauration")).findFirst()
                .orElse(dataDir.resolve("backups").resolve("none"));
    }

    private boolean storeReady() {
        return robot.lookup("#nav-partners").tryQuery().map(n -> !n.isDisabled() && !n.getParent().isDisabled())
                .orElse(false);
    }

    /** The window's own store, read through a second connection of this process (H2 shares it in one JVM). */
    private Connection connection() throws Exception {
        return DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("relais").toAbsolutePath()
                + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0", "sa", "");
    }

    private Map<String, List<Map<String, Object>>> contentsOfTheOpenStore() throws Exception {
        try (Connection c = connection()) {
            return StoreContents.of(DSL.using(c, SQLDialect.H2));
        }
    }

    private void execute(String sql) throws Exception {
        try (Connection c = connection()) {
            c.createStatement().execute(sql);
        }
    }

    private long countMarker() throws Exception {
        return count("SELECT COUNT(*) FROM organisation WHERE name = 'Saisie après la sauvegarde'");
    }

    private long count(String sql) throws Exception {
        try (Connection c = connection(); var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String texts(Node root) {
        StringBuilder all = new StringBuilder();
        collect(root, all);
        return all.toString();
    }

    private static void collect(Node node, StringBuilder all) {
        if (node instanceof Labeled labeled && labeled.getText() != null) {
            all.append(labeled.getText()).append('\n');
        }
        if (node instanceof javafx.scene.control.TableView<?> table) {
            table.lookupAll(".table-cell").forEach(c -> collect(c, all));
        }
        if (node instanceof javafx.scene.Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, all));
        }
    }

    private static void scramble(Path mvDb) throws Exception {
        try (RandomAccessFile file = new RandomAccessFile(mvDb.toFile(), "rw")) {
            byte[] noise = new byte[(int) Math.min(file.length(), 16 * 4096)];
            java.util.Arrays.fill(noise, (byte) 'x');
            file.write(noise);
        }
    }

    /** With -Drelais.screenshots=DIR, saves what the user sees, to look at it. */
    private void screenshot(Node node, String name) throws Exception {
        String dir = System.getProperty("relais.screenshots");
        if (dir == null) {
            return;
        }
        WaitForAsyncUtils.waitForFxEvents();
        var image = WaitForAsyncUtils.asyncFx(() -> node.getScene().getRoot().snapshot(null, null)).get();
        Files.createDirectories(Path.of(dir));
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", Path.of(dir, "safety-" + name + ".png").toFile());
    }
}
