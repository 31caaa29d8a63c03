package fr.cress.relais.cli;

import fr.cress.relais.common.settings.DataLocations;
import fr.cress.relais.db.Store;
import fr.cress.relais.testing.ChildJvm;
import fr.cress.relais.testing.StoreHolder;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static fr.cress.relais.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code relais backup}, {@code relais restore}, {@code relais check} as a user runs them. */
@Tag("h2-only") // relais backup / restore / check work on the H2 file
class SafetyCliTest {

    @TempDir
    Path dataDir;

    @Test
    void backupThenRestoreIntoAnotherFolderGivesTheSameStore(@TempDir Path other) throws Exception {
        assertThat(run("--data-dir", dataDir.toString(), "demo").code()).isZero();
        String stats = run("--data-dir", dataDir.toString(), "stats").out();

        CliTest.Run backup = run("--data-dir", dataDir.toString(), "backup");
        CliTest.Run copy = run("--data-dir", dataDir.toString(), "backup", "--out", other.resolve("copie.zip").toString());

        assertThat(backup.code()).isZero();
        assertThat(backup.out()).startsWith("Sauvegarde enregistrée\u202F: ").contains("-manuelle.zip").contains("ko)");
        try (Stream<Path> files = Files.list(dataDir.resolve("backups"))) {
            assertThat(files.map(p -> p.getFileName().toString())).singleElement().asString().endsWith("-manuelle.zip");
        }
        assertThat(copy.code()).isZero();
        Path fresh = other.resolve("nouveau poste");
        CliTest.Run restore = run("--data-dir", fresh.toString(), "restore", other.resolve("copie.zip").toString());
        assertThat(restore.code()).as(restore.err()).isZero();
        assertThat(restore.out()).contains("restaurée dans");
        assertThat(run("--data-dir", fresh.toString(), "stats").out()).isEqualTo(stats);
        CliTest.Run check = run("--data-dir", fresh.toString(), "check");
        assertThat(check.code()).isZero();
        assertThat(check.out()).containsPattern("Schéma\u202F: version \\d+, à jour\\.").contains("Tout est en ordre.");
    }

    @Test
    void checkExitsFiveWithAFrenchExplanationWhenAReferenceIsBroken() {
        assertThat(run("--data-dir", dataDir.toString(), "demo").code()).isZero();
        try (Store store = Store.open(new DataLocations(dataDir, false))) {
            store.dsl().execute("SET REFERENTIAL_INTEGRITY FALSE");
            store.dsl().execute("DELETE FROM organisation WHERE id = (SELECT MIN(organisation_id) FROM membership)");
            store.dsl().execute("SET REFERENTIAL_INTEGRITY TRUE");
        }

        CliTest.Run check = run("--data-dir", dataDir.toString(), "check");

        assertThat(check.code()).isEqualTo(ExitCodes.CHECK_FAILED).isEqualTo(5);
        assertThat(check.out()).contains("Problèmes trouvés").contains("MEMBERSHIP")
                .contains("Que faire\u202F: restaurez la dernière sauvegarde");
    }

    @Test
    void checkExitsFiveOnAnUnreadableStoreAndWhenThereIsNone() throws Exception {
        CliTest.Run none = run("--data-dir", dataDir.toString(), "check");
        assertThat(none.code()).isEqualTo(ExitCodes.CHECK_FAILED);
        assertThat(none.out()).contains("Aucune donnée Relais");

        assertThat(run("--data-dir", dataDir.toString(), "demo").code()).isZero();
        scramble(dataDir.resolve("relais.mv.db"));

        CliTest.Run check = run("--data-dir", dataDir.toString(), "check");
        assertThat(check.code()).isEqualTo(ExitCodes.CHECK_FAILED);
        assertThat(check.out()).contains("ne peuvent pas être ouvertes").contains("restaurez");
        assertThat(check.out() + check.err()).doesNotContain("Exception").doesNotContain("90030");
    }

    @Test
    void restoreRefusesWhatIsNotABackupWithExitThreeAndChangesNothing() throws Exception {
        assertThat(run("--data-dir", dataDir.toString(), "demo").code()).isZero();
        String stats = run("--data-dir", dataDir.toString(), "stats").out();
        Path notes = Files.writeString(dataDir.resolve("notes.zip"), "pas une sauvegarde");

        CliTest.Run restore = run("--data-dir", dataDir.toString(), "restore", notes.toString());

        assertThat(restore.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(restore.err()).contains("n’est pas une sauvegarde Relais").contains("Rien n’a été modifié");
        assertThat(run("--data-dir", dataDir.toString(), "stats").out()).isEqualTo(stats);
        assertThat(dataDir.resolve("backups")).doesNotExist();
    }

    @Test
    void restoreAndCheckExitFourWhileAnotherRelaisHoldsTheStore() throws Exception {
        assertThat(run("--data-dir", dataDir.toString(), "demo").code()).isZero();
        assertThat(run("--data-dir", dataDir.toString(), "backup").code()).isZero();
        Path backup;
        try (Stream<Path> files = Files.list(dataDir.resolve("backups"))) {
            backup = files.findFirst().orElseThrow();
        }
        Process holder = ChildJvm.start(StoreHolder.class, dataDir.resolve("logs"), dataDir.toString());
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).startsWith("READY");

            CliTest.Run restore = run("--data-dir", dataDir.toString(), "restore", backup.toString());
            CliTest.Run check = run("--data-dir", dataDir.toString(), "check");

            assertThat(restore.code()).isEqualTo(ExitCodes.STORE_UNAVAILABLE);
            assertThat(restore.err()).contains("déjà ouvertes par un autre Relais");
            assertThat(check.code()).isEqualTo(ExitCodes.STORE_UNAVAILABLE);
        } finally {
            holder.getOutputStream().close();
            holder.waitFor();
        }
        assertThat(run("--data-dir", dataDir.toString(), "check").code()).isZero();
    }

    /** Overwrites the store's headers, as a failing disk or a bad copy would. */
    static void scramble(Path mvDb) throws Exception {
        try (RandomAccessFile file = new RandomAccessFile(mvDb.toFile(), "rw")) {
            byte[] noise = new byte[(int) Math.min(file.length(), 16 * 4096)];
            java.util.Arrays.fill(noise, (byte) 'x');
            file.write(noise);
        }
    }
}
