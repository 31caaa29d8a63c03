package fr.cress.relais.db;

import com.zaxxer.hikari.HikariDataSource;
import fr.cress.relais.common.settings.DataLocations;
import fr.cress.relais.db.history.ActingUser;
import fr.cress.relais.db.history.OwnWrites;
import fr.cress.relais.common.settings.ServerAddress;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The store, migrated by Flyway and reached through jOOQ: either an embedded H2 database in file mode (the
 * default) or a shared store on a PostgreSQL server ({@link #server}), with the same migrations and the same
 * jOOQ code. The JDBC URLs are built here from allow-lists, never from user text: the H2 folder is checked so
 * that it cannot carry settings of its own (no INIT=, no AUTO_SERVER, no console); a server's address is
 * checked part by part ({@link ServerAddress}) and only {@link ServerUrl} settings are added.
 * Operations on the H2 file itself (BACKUP TO, compaction, inspection) are refused on a server.
 */
public final class Store implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Store.class);
    private static final String MIGRATIONS = "classpath:db/migration";

    /** The two kinds of store: the SQL dialect jOOQ renders, and where Flyway finds the migrations. */
    public enum Vendor {
        H2(SQLDialect.H2, MIGRATIONS),
        /** The common migrations, plus the few scripts whose SQL differs ({@code db/postgresql}). */
        POSTGRESQL(SQLDialect.POSTGRES, MIGRATIONS, "classpath:db/postgresql");

        private final SQLDialect dialect;
        private final String[] locations;

        Vendor(SQLDialect dialect, String... locations) {
            this.dialect = dialect;
            this.locations = locations;
        }

        public SQLDialect dialect() {
            return dialect;
        }

        String[] locations() {
            return locations.clone();
        }
    }

    /** The only settings Relais ever puts in an H2 URL. */
    enum UrlSetting {
        /** Relais closes the store itself (window close, end of command). */
        DB_CLOSE_ON_EXIT("FALSE"),
        /**
         * Each commit reaches the file before it returns, so that a killed process loses no acknowledged write
         * (H2's default, 500 ms, lost writes acknowledged more than 600 ms earlier): see docs/RELIABILITY.md.
         * The dead pages this leaves are reclaimed by {@link #closeCompacted()}.
         */
        WRITE_DELAY("0"),
        /** Never create a store while inspecting or verifying one. */
        IFEXISTS("TRUE"),
        /** Inspection of a store or of a backup: nothing is written. */
        ACCESS_MODE_DATA("r");

        private final String value;

        UrlSetting(String value) {
            this.value = value;
        }
    }

    private static final Set<UrlSetting> WORKING = EnumSet.of(UrlSetting.DB_CLOSE_ON_EXIT, UrlSetting.WRITE_DELAY);
    private static final Set<UrlSetting> INSPECTION = EnumSet.of(UrlSetting.DB_CLOSE_ON_EXIT, UrlSetting.IFEXISTS,
            UrlSetting.ACCESS_MODE_DATA);

    /** Told before pending migrations run on a store that already holds a schema. */
    @FunctionalInterface
    public interface MigrationListener {
        MigrationListener NONE = (store, schema) -> { };

        void beforeMigration(Store store, SchemaState schema);
    }

    private final Vendor vendor;
    private final DataSource pool;
    private final Runnable dispose;
    private final String url;
    private final DSLContext dsl;
    private final String description;
    private final Path file;
    private final ActingUser actingUser = new ActingUser();
    private final OwnWrites ownWrites = new OwnWrites(actingUser);
    private final String schema;
    private final Migrations migrations;

    private Store(Vendor vendor, DataSource pool, Runnable dispose, String url, String description, Path file,
                  String schema) {
        this.vendor = vendor;
        this.pool = pool;
        this.dispose = dispose;
        this.url = url;
        this.description = description;
        this.file = file;
        this.schema = schema;
        this.migrations = new Migrations(pool, vendor, schema, description);
        this.dsl = DSL.using(new DefaultConfiguration()
                .set(new ActingUserDataSource(pool, actingUser, ownWrites))
                .set(vendor.dialect())
                .set(settings())
                .set(ownWrites));
    }

    static Settings settings() {
        return new Settings()
                .withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED)
                .withExecuteLogging(false);
    }

    /** Opens (creating if needed) the store of these locations and applies pending migrations. */
    public static Store open(DataLocations locations) {
        return open(locations, MigrationListener.NONE);
    }

    /**
     * Opens (creating if needed) the store of these locations; when migrations are pending on a store that
     * already has a schema, {@code listener} runs first (a backup). A store written by a newer Relais is refused.
     */
    public static Store open(DataLocations locations, MigrationListener listener) {
        Path storeFile = locations.storeFile().toAbsolutePath();
        try {
            Files.createDirectories(storeFile.getParent());
        } catch (java.io.IOException e) {
            throw new StoreUnavailableException(e, "common.store.folder", storeFile.getParent());
        }
        Store store = connect(fileUrl(storeFile, WORKING), storeFile.toString(), storeFile);
        try {
            store.migrate(listener);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        return store;
    }

    /**
     * Opens an existing H2 file read-only, without migrating it: to check a store or a backup.
     * {@code h2File} is the file name without its {@code .mv.db} extension.
     */
    public static Store inspect(Path h2File) {
        Path absolute = h2File.toAbsolutePath();
        if (!Files.isRegularFile(Path.of(absolute + ".mv.db"))) {
            throw new StoreUnavailableException(null, "safety.store.missing", absolute + ".mv.db");
        }
        return connect(fileUrl(absolute, INSPECTION), absolute + ".mv.db", absolute);
    }

    /**
     * Loads and initialises jOOQ's classes by rendering a query in PostgreSQL's dialect: run on a spare core while
     * the window starts and the password of a shared store is found, it takes class loading off the path to a
     * usable window. (Flyway is not preloaded: an up-to-date store opens without it.) Failures are only logged.
     */
    public static void preload() {
        try {
            DSL.using(Vendor.POSTGRESQL.dialect(), settings()).selectOne().getSQL();
        } catch (RuntimeException e) {
            LOG.debug("Preloading the store classes failed", e);
        }
    }

    /** A private in-memory store, migrated: for tests and benchmarks. */
    public static Store inMemory() {
        Store store = connect("jdbc:h2:mem:relais-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "mémoire", null);
        store.migrate(MigrationListener.NONE);
        return store;
    }

    /**
     * The URL of an H2 file: the path cannot hold a {@code ;} (H2 would read what follows as settings) nor
     * control characters; settings come from the allow-list only.
     */
    static String fileUrl(Path h2File, Set<UrlSetting> settings) {
        String path = h2File.toAbsolutePath().toString();
        if (path.chars().anyMatch(c -> c == ';' || Character.isISOControl(c))) {
            throw new StoreUnavailableException(null, "safety.store.badPath", path);
        }
        return "jdbc:h2:file:" + path + settings.stream()
                .map(s -> ";" + s.name() + "=" + s.value)
                .collect(Collectors.joining());
    }

    /**
     * Opens the shared store of a PostgreSQL server and applies pending migrations (in {@code server.schema()}
     * when the address names one, created if needed). The password comes from the credential store, a prompt
     * or {@code RELAIS_DB_PASSWORD}: never from a file.
     */
    public static Store server(ServerAddress server, String password) {
        Store store = ServerUrl.connect(server, password);
        try {
            store.migrate(MigrationListener.NONE);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        return store;
    }

    /** A server store without migrating it: to look at what a database holds before copying into it. */
    static Store serverUnmigrated(ServerAddress server, String password) {
        return ServerUrl.connect(server, password);
    }

    static Store onServer(HikariDataSource pool, ServerAddress server) {
        return new Store(Vendor.POSTGRESQL, pool, pool::close, pool.getJdbcUrl(), server.display(), null,
                server.schema());
    }

    private static Store connect(String url, String description, Path file) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        pool.setMaxConnections(8);
        try {
            pool.getConnection().close();
        } catch (SQLException e) {
            pool.dispose();
            throw translateOpenFailure(e, description);
        }
        return new Store(Vendor.H2, pool, pool::dispose, url, description, file, null);
    }

    static StoreUnavailableException translateOpenFailure(SQLException e, String description) {
        // 90020: database already in use (file locked by another process).
        if (e.getErrorCode() == 90020) {
            return new StoreUnavailableException(e, "common.store.locked", description);
        }
        return new StoreUnavailableException(e, "common.store.unreadable", description);
    }

    private void migrate(MigrationListener listener) {
        migrations.apply(this, listener);
    }

    /**
     * Removes everything the migrations created: only after a failed {@code migrate-store}, on a database that
     * was checked empty before the copy started.
     */
    void cleanAfterFailedCopy() {
        migrations.clean();
    }

    /** The schema version of this store compared with the migrations this Relais knows. */
    public SchemaState schema() {
        return migrations.state();
    }

    /**
     * Writes a consistent copy of the open store to {@code zip} with H2's {@code BACKUP TO}: safe while other
     * connections read and write. The zip holds one entry, {@code relais.mv.db}.
     */
    public void backupTo(Path zip) throws SQLException {
        requireEmbedded("common.server.noBackup");
        try (Connection connection = pool.getConnection();
             PreparedStatement backup = connection.prepareStatement("BACKUP TO ?")) {
            backup.setString(1, zip.toAbsolutePath().toString());
            backup.execute();
        }
    }

    public DSLContext dsl() {
        return dsl;
    }

    /** Who the history names for this store's writes. */
    public ActingUser actingUser() {
        return actingUser;
    }

    /** What this store wrote itself: see {@link fr.cress.relais.db.history.ChangeFeed}. */
    public OwnWrites ownWrites() {
        return ownWrites;
    }

    public Vendor vendor() {
        return vendor;
    }

    /** True for the embedded H2 store (file or memory); false for a shared store on a server. */
    public boolean embedded() {
        return vendor == Vendor.H2;
    }

    /**
     * Refuses an operation on the H2 file itself (backup, restore, inspection) on a shared store: that is the
     * work of the server's administrator ({@code pg_dump}).
     */
    public void requireEmbedded(String messageKey) {
        if (!embedded()) {
            throw new StoreUnavailableException(null, messageKey, description);
        }
    }

    /** The schema of a server store when its address names one; null otherwise (the server's default). */
    public String schemaName() {
        return schema;
    }

    public DataSource dataSource() {
        return pool;
    }

    /** Runs {@code work} in one transaction: all or nothing. */
    public <T> T transaction(Function<DSLContext, T> work) {
        return dsl.transactionResult(configuration -> work.apply(configuration.dsl()));
    }

    /** What the user sees as the store's location. */
    public String description() {
        return description;
    }

    /** The H2 file (without extension), or null for an in-memory or a server store. */
    public Path file() {
        return file;
    }

    /** The JDBC URL in use (for checks: it never carries more than the allow-listed settings). */
    public String url() {
        return url;
    }

    /**
     * Closes a file store after compacting it fully ({@code SHUTDOWN COMPACT}): the window's clean exit, which
     * reclaims the space each immediate commit leaves behind. Falls back to a plain close if compaction fails.
     */
    public void closeCompacted() {
        close();
        if (file != null) {
            // On a connection of its own, not the pool's: a pooled connection closed after the shutdown made H2
            // write its error trace (relais.trace.db) into the data folder at every close.
            try (Connection connection = DriverManager.getConnection(url, "sa", "");
                 Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN COMPACT");
            } catch (SQLException e) {
                LOG.warn("Compaction of {} at close failed: {}", description, e.getMessage());
            }
        }
    }

    /**
     * Closes the store. A file store closes cleanly when its last connection does; an in-memory one is
     * shut down explicitly so that tests do not keep it in memory.
     */
    @Override
    public void close() {
        dispose.run();
        if (embedded() && file == null) {
            try (Connection connection = DriverManager.getConnection(url, "sa", "");
                 Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN");
            } catch (SQLException e) {
                LOG.debug("Shutdown of {} reported {}", description, e.getMessage());
            }
        }
    }
}
