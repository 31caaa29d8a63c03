package fr.cress.relais.testing;

import fr.cress.relais.app.Relais;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.settings.DataLocations;
import fr.cress.relais.common.settings.ServerAddress;
import fr.cress.relais.common.settings.StoreChoice;
import fr.cress.relais.db.ServerUrl;
import fr.cress.relais.db.Store;
import org.junit.jupiter.api.Assumptions;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Real stores for tests, migrated by Flyway: H2 in memory (the default), or, when the system property
 * {@code relais.test.store} names a PostgreSQL server ({@code mvn -B verify -Pteam-store}), a fresh schema of
 * that server for each store, dropped when the test JVM ends. The server's user and password come from
 * {@code RELAIS_DB_USER} / {@code RELAIS_DB_PASSWORD}.
 */
public final class TestStores {

    /** A fixed "today" for tests that depend on dates: 26 November 2026, 10:00 in Paris. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T09:00:00Z"), ZoneId.of("Europe/Paris"));

    private static final List<String> SCHEMAS = new CopyOnWriteArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TestStores::dropSchemas, "drop-test-schemas"));
    }

    private TestStores() {
    }

    /** The PostgreSQL server the suite runs on, or null when it runs on H2. */
    public static ServerAddress server() {
        String url = System.getProperty("relais.test.store", "");
        if (url.isBlank()) {
            url = System.getenv().getOrDefault("RELAIS_TEST_STORE", "");
        }
        if (url.isBlank() || !ServerAddress.isServerUrl(url)) {
            return null;
        }
        return ServerAddress.parse(url, System.getenv().getOrDefault(StoreChoice.ENV_USER, "relais_test"));
    }

    public static boolean onServer() {
        return server() != null;
    }

    public static String password() {
        return System.getenv().getOrDefault(StoreChoice.ENV_PASSWORD, "");
    }

    /** For tests of the embedded store's files (backup, restore, lock, crash): skipped on a server run. */
    public static void assumeEmbedded() {
        Assumptions.assumeFalse(onServer(), "the embedded store's files only");
    }

    /** A fresh, empty, migrated store: H2 in memory, or a new schema on the test server. */
    public static Store store() {
        ServerAddress server = server();
        if (server == null) {
            return Store.inMemory();
        }
        return Store.server(freshSchema(server), password());
    }

    /** A new schema name on the test server, dropped at the end of the test JVM. */
    public static ServerAddress freshSchema(ServerAddress server) {
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        SCHEMAS.add(schema);
        return server.withSchema(schema);
    }

    /**
     * On a run against PostgreSQL, makes the window of {@code dataDir} open a fresh schema of the test server
     * (as « Base partagée » would; the same one again when the folder already has its choice) and returns it;
     * null on H2. The window reads the password from {@code RELAIS_DB_PASSWORD}.
     */
    public static ServerAddress chooseServer(Path dataDir) {
        ServerAddress server = server();
        if (server == null) {
            return null;
        }
        StoreChoice choice = new StoreChoice(dataDir);
        return choice.server().orElseGet(() -> {
            ServerAddress fresh = freshSchema(server);
            choice.choose(fresh);
            return fresh;
        });
    }

    /** An empty migrated store with every feature built on it. */
    public static Relais emptyRelais(Path tempDir) {
        return Relais.on(store(), new DataLocations(tempDir, false), I18n.french(), CLOCK);
    }

    /** The example programme 2007-2009 loaded into a fresh store. */
    public static Relais demoRelais(Path tempDir) {
        Relais relais = emptyRelais(tempDir);
        relais.demoLoader().load();
        return relais;
    }

    private static void dropSchemas() {
        ServerAddress server = server();
        if (server == null || SCHEMAS.isEmpty()) {
            return;
        }
        try (Connection connection = DriverManager.getConnection(ServerUrl.of(server), server.user(), password());
             Statement statement = connection.createStatement()) {
            for (String schema : SCHEMAS) {
                statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        } catch (SQLException e) {
            System.err.println("Test schemas not dropped: " + e.getMessage());
        }
    }
}
