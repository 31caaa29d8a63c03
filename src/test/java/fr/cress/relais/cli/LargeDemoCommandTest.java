package fr.cress.relais.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static fr.cress.relais.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

/** The generated store of a large network, at a small size: counts, integrity, coverage, same data every time. */
class LargeDemoCommandTest {

    @TempDir
    Path first;

    @TempDir
    Path second;

    @Test
    void generatedDataComesOnTopOfTheExampleWithTheExpectedCounts() throws Exception {
        Map<String, Number> example = stats(first, "demo");
        Map<String, Number> large = stats(second, "demo", "--factor", "0.02");

        assertThat(added(example, large, "organisations")).isEqualTo(100);
        assertThat(added(example, large, "contacts")).isEqualTo(1_000);
        assertThat(added(example, large, "meetings")).isEqualTo(40);
        assertThat(added(example, large, "actionItems")).isEqualTo(400);
        assertThat(added(example, large, "actions")).isEqualTo(100);
        assertThat(added(example, large, "holders")).isEqualTo(200);
        assertThat(added(example, large, "agendaItems")).isBetween(160L, 240L);
        assertThat(added(example, large, "invitees")).isEqualTo(320);
        assertThat(added(example, large, "indicators")).isBetween(200L, 300L);
        assertThat(added(example, large, "referrals")).isBetween(200L, 400L);
        assertThat(added(example, large, "programmes")).isEqualTo(6);
        assertThat(large.get("communes")).isEqualTo(example.get("communes"));
    }

    @Test
    void theGeneratedStoreIsValidCoversEveryCommuneAndIsTheSameEveryTime() throws Exception {
        Map<String, Number> once = stats(first, "demo", "--factor", "0.02");
        Map<String, Number> again = stats(second, "demo", "--factor", "0.02");

        assertThat(again).isEqualTo(once);
        assertThat(run("--data-dir", first.toString(), "check").code()).isZero();
        CliTest.Run gaps = run("--data-dir", first.toString(), "gaps", "--service", "accueil", "--level", "commune");
        assertThat(gaps.code()).isZero();
        assertThat(gaps.out().strip()).isEqualTo("[ ]");
        assertThat(run("--data-dir", first.toString(), "export", "directory", "--out",
                first.resolve("annuaire.xlsx").toString()).code()).isZero();
    }

    @Test
    void anUnknownSizeIsRefusedAndChangesNothing() throws Exception {
        CliTest.Run bad = run("--data-dir", first.toString(), "demo", "--scale", "huge");

        assertThat(bad.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(bad.err()).contains("Taille inconnue").contains("Rien n’a été modifié");
        assertThat(stats(first).get("organisations")).isEqualTo(0);
    }

    private static long added(Map<String, Number> before, Map<String, Number> after, String key) {
        return after.get(key).longValue() - before.get(key).longValue();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Number> stats(Path dataDir, String... demoArgs) throws Exception {
        if (demoArgs.length > 0) {
            String[] args = new String[demoArgs.length + 2];
            args[0] = "--data-dir";
            args[1] = dataDir.toString();
            System.arraycopy(demoArgs, 0, args, 2, demoArgs.length);
            CliTest.Run demo = run(args);
            assertThat(demo.code()).as(demo.err()).isZero();
        }
        return new ObjectMapper().readValue(run("--data-dir", dataDir.toString(), "stats").out(), Map.class);
    }
}
