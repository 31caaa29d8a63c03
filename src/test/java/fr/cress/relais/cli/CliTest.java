package fr.cress.relais.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.settings.DataLocations;
import fr.cress.relais.db.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line as a user runs it: real store in a temporary folder, real output, exit codes. */
class CliTest {

    @TempDir
    Path dataDir;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(args, options -> {
            throw new AssertionError("no window in CLI tests");
        }, Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void demoFillsAnEmptyStoreAndStatsCountsIt() throws Exception {
        Run demo = run("--data-dir", dataDir.toString(), "demo");
        assertThat(demo.code()).isZero();
        assertThat(demo.out()).contains("Programme d’exemple 2007-2009 chargé");

        Run stats = run("--data-dir", dataDir.toString(), "stats");
        assertThat(stats.code()).isZero();
        @SuppressWarnings("unchecked")
        Map<String, Object> counts = new ObjectMapper().readValue(stats.out(), Map.class);
        assertThat(counts).containsKeys("organisations", "contacts", "groups", "memberships", "meetings",
                "actionItems", "actions", "indicators", "programmes", "communes", "epci", "departements", "zones",
                "offers", "holders", "referrals");
        assertThat(((Number) counts.get("organisations")).intValue()).isGreaterThanOrEqualTo(14);
    }

    @Test
    void demoOnANonEmptyStoreExitsThreeAndChangesNothing() {
        assertThat(run("--data-dir", dataDir.toString(), "demo").code()).isZero();
        String before = run("--data-dir", dataDir.toString(), "stats").out();

        Run again = run("--data-dir", dataDir.toString(), "demo");

        assertThat(again.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(again.err()).contains("Rien n’a été modifié");
        assertThat(run("--data-dir", dataDir.toString(), "stats").out()).isEqualTo(before);
    }

    @Test
    void aStoreHeldByAnotherRelaisExitsFourWithAFrenchMessage() throws Exception {
        assertThat(run("--data-dir", dataDir.toString(), "demo").code()).isZero();
        String before = run("--data-dir", dataDir.toString(), "stats").out();
        // H2 shares a file between connections of one process: the other Relais must be another process.
        try (Store held = Store.open(DataLocations.resolve(dataDir, false, Map.of()))) {
            Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "-Drelais.log.dir=" + dataDir.resolve("logs"),
                    "fr.cress.relais.app.Launcher", "--data-dir", dataDir.toString(), "stats")
                    .redirectErrorStream(true).start();
            String output = new String(other.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(other.waitFor()).isEqualTo(ExitCodes.STORE_UNAVAILABLE);
            assertThat(output).contains("déjà ouvertes par un autre Relais");
            assertThat(held.dsl().fetchCount(fr.cress.relais.db.generated.Tables.ORGANISATION)).isPositive();
        }
        assertThat(run("--data-dir", dataDir.toString(), "stats").out()).isEqualTo(before);
    }

    @Test
    void unknownOptionIsAUsageError() {
        Run run = run("--no-such-option");
        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--no-such-option");
    }

    @Test
    void versionMatchesTheBuild() {
        Run run = run("--version");
        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("Relais ").doesNotContain("dev");
    }

    @Test
    void theDemoOptionUsesASeparateStore() {
        assertThat(run("--data-dir", dataDir.toString(), "--demo", "demo").code()).isZero();
        Run realStats = run("--data-dir", dataDir.toString(), "stats");
        assertThat(realStats.out()).contains("\"organisations\":0");
        assertThat(dataDir.resolve("demo").resolve("relais.mv.db")).exists();
        assertThat(I18n.french().t("app.demo.loaded", "x")).contains("x");
    }
}
