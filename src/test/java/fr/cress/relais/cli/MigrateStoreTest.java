package fr.cress.relais.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.cress.relais.common.settings.ServerAddress;
import fr.cress.relais.db.ServerUrl;
import fr.cress.relais.testing.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** {@code relais migrate-store}: the example store moved to a real PostgreSQL server, counts compared. */
class MigrateStoreTest {

    @TempDir
    Path dataDir;

    record Run(int code, String out, String err) {
    }

    static Run run(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(args, options -> {
            throw new AssertionError("no window in CLI tests");
        }, env, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anAddressCarryingJdbcSettingsIsRefusedBeforeAnythingIsOpened() {
        Run run = run(Map.of(), "--data-dir", dataDir.toString(), "migrate-store",
                "--to", "postgresql://127.0.0.1:5432/relais?socketFactory=java.io.FileOutputStream", "--user", "relais");

        assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("n’est pas l’adresse d’une base PostgreSQL");
        assertThat(dataDir.resolve("relais.mv.db")).doesNotExist();
    }

    @Test
    void backupRestoreAndCheckOfASharedStoreAreLeftToItsAdministrator() {
        String[] shared = {"--data-dir", dataDir.toString(), "--store", "postgresql://db.cress.org:5432/relais", "--user", "u"};

        Run backup = run(Map.of(), concat(shared, "backup"));
        Run check = run(Map.of(), concat(shared, "check"));

        assertThat(backup.code()).isEqualTo(ExitCodes.STORE_UNAVAILABLE);
        assertThat(backup.err()).contains("La sauvegarde d’une base partagée relève de son administrateur (pg_dump)");
        assertThat(check.code()).isEqualTo(ExitCodes.STORE_UNAVAILABLE);
        assertThat(check.err()).contains("ne s’applique pas à la base partagée u@db.cress.org:5432/relais");
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }

    @Test
    void theExampleStoreMovesToAnEmptyDatabaseWithTheSameStats() throws Exception {
        ServerAddress server = TestStores.server();
        assumeTrue(server != null, "needs the test PostgreSQL server (-Pteam-store)");
        String database = "relais_move_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Map<String, String> env = Map.of("RELAIS_DB_PASSWORD", TestStores.password());
        execute(server, "CREATE DATABASE " + database);
        try {
            String target = "postgresql://" + server.host() + ":" + server.port() + "/" + database;
            assertThat(run(env, "--data-dir", dataDir.toString(), "--store", "embedded", "demo").code()).isZero();
            String before = run(env, "--data-dir", dataDir.toString(), "--store", "embedded", "stats").out();

            Run move = run(env, "--data-dir", dataDir.toString(), "--store", "embedded", "migrate-store",
                    "--to", target, "--user", server.user());

            assertThat(move.code()).as(move.err()).isZero();
            assertThat(move.out()).contains("Copie terminée et vérifiée", "organisation", database);
            String after = run(env, "--data-dir", dataDir.toString(), "--store", target, "--user", server.user(), "stats").out();
            ObjectMapper json = new ObjectMapper();
            assertThat(json.readTree(after)).isEqualTo(json.readTree(before));

            Run again = run(env, "--data-dir", dataDir.toString(), "--store", "embedded", "migrate-store",
                    "--to", target, "--user", server.user());
            assertThat(again.code()).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(again.err()).contains("n’est pas vide");
        } finally {
            execute(server, "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    private static void execute(ServerAddress server, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(ServerUrl.of(server), server.user(), TestStores.password());
             Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
