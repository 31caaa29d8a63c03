package fr.cress.relais.common.settings;

import fr.cress.relais.common.error.BadInputException;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Which store Relais opens: the embedded one of the data folder (the default) or a shared store on a
 * PostgreSQL server. The choice lives outside any store, in {@code store.properties} of the data folder, and
 * holds the server's address only (host, port, database, schema, user, SSL mode): never a password.
 * The command line may override it with {@code --store} / {@code RELAIS_STORE}.
 */
public final class StoreChoice {

    public static final String ENV_STORE = "RELAIS_STORE";
    public static final String ENV_USER = "RELAIS_DB_USER";
    public static final String ENV_PASSWORD = "RELAIS_DB_PASSWORD";
    /** The value of {@code --store} / {@code RELAIS_STORE} that asks for the embedded store explicitly. */
    public static final String EMBEDDED = "embedded";

    private static final String FILE = "store.properties";

    private final Path file;

    public StoreChoice(Path dataDir) {
        this.file = dataDir.resolve(FILE);
    }

    public static StoreChoice of(DataLocations locations) {
        return new StoreChoice(locations.base());
    }

    public Path file() {
        return file;
    }

    /** The shared store chosen in the settings, or empty for the embedded store. */
    public Optional<ServerAddress> server() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new BadInputException(e, java.util.List.of(), "common.server.badSettings", file);
        }
        if (!"postgresql".equals(p.getProperty("kind"))) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ServerAddress(p.getProperty("host"), Integer.parseInt(p.getProperty("port", "5432").trim()),
                    p.getProperty("database"), p.getProperty("schema"), p.getProperty("user"),
                    ServerAddress.SslMode.parse(p.getProperty("sslmode", "prefer"))));
        } catch (NumberFormatException | BadInputException e) {
            throw new BadInputException(e, java.util.List.of(), "common.server.badSettings", file);
        }
    }

    /**
     * The store a command opens: {@code --store} (with {@code --user}) first, then {@code RELAIS_STORE}
     * (with {@code RELAIS_DB_USER}), then the settings file. Empty means the embedded store.
     */
    public Optional<ServerAddress> resolve(String storeOption, String userOption, Map<String, String> env) {
        String store = storeOption != null ? storeOption : env.get(ENV_STORE);
        if (store == null || store.isBlank()) {
            return server();
        }
        if (EMBEDDED.equalsIgnoreCase(store.trim())) {
            return Optional.empty();
        }
        String user = userOption != null ? userOption : env.get(ENV_USER);
        if (user == null || user.isBlank()) {
            user = server().map(ServerAddress::user).orElse(System.getProperty("user.name"));
        }
        return Optional.of(ServerAddress.parse(store, user));
    }

    /** Chooses a shared store (written atomically). */
    public void choose(ServerAddress server) {
        Properties p = new Properties();
        p.setProperty("kind", "postgresql");
        p.setProperty("host", server.host());
        p.setProperty("port", Integer.toString(server.port()));
        p.setProperty("database", server.database());
        if (server.schema() != null) {
            p.setProperty("schema", server.schema());
        }
        p.setProperty("user", server.user());
        p.setProperty("sslmode", server.sslMode().value());
        write(p);
    }

    /** Back to the embedded store of the data folder. */
    public void chooseEmbedded() {
        Properties p = new Properties();
        p.setProperty("kind", "embedded");
        write(p);
    }

    private void write(Properties p) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(FILE + ".tmp");
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(out, "Relais: store in use (server address only)");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
