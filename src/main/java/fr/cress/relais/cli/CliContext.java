package fr.cress.relais.cli;

import fr.cress.relais.app.Relais;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.settings.CredentialStore;
import fr.cress.relais.common.settings.DataLocations;
import fr.cress.relais.common.settings.ServerAddress;
import fr.cress.relais.common.settings.StoreChoice;
import fr.cress.relais.db.StoreUnavailableException;

import java.io.Console;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/** What a command needs: the store (opened on first use, closed at the end), texts and output streams. */
public final class CliContext implements AutoCloseable {

    private final StoreOptions options;
    private final Map<String, String> env;
    private final I18n i18n;
    private final Clock clock;
    private final PrintWriter out;
    private final PrintWriter err;
    private final CredentialStore credentials;
    private Relais relais;

    public CliContext(StoreOptions options, Map<String, String> env, I18n i18n, Clock clock,
                      PrintWriter out, PrintWriter err) {
        this.options = options;
        this.env = env;
        this.i18n = i18n;
        this.clock = clock;
        this.out = out;
        this.err = err;
        this.credentials = Boolean.getBoolean("relais.test") ? CredentialStore.none() : CredentialStore.system();
    }

    public Map<String, String> env() {
        return env;
    }

    public DataLocations locations() {
        return DataLocations.resolve(options.dataDir(), options.demo(), env);
    }

    /** The open store with its features (embedded, or shared on a server); opens it on first call. */
    public Relais relais() {
        if (relais == null) {
            Optional<ServerAddress> server = server();
            relais = server.isPresent()
                    ? Relais.openServer(server.get(), password(server.get()), locations(), i18n, clock)
                    : Relais.open(locations(), i18n, clock);
        }
        return relais;
    }

    /**
     * The shared store chosen by {@code --store}, {@code RELAIS_STORE} or the settings; empty for the embedded
     * store (always for {@code --demo}: the example store stays on this computer).
     */
    public Optional<ServerAddress> server() {
        if (options.demo()) {
            return Optional.empty();
        }
        return StoreChoice.of(locations()).resolve(options.store(), options.user(), env);
    }

    /** Refuses a command on the embedded store's files (check, restore) when a shared store is in use. */
    public void requireEmbedded() {
        server().ifPresent(server -> {
            throw new StoreUnavailableException(null, "common.server.h2Only", server.display());
        });
    }

    /** {@code RELAIS_DB_PASSWORD}, the credential store, or a prompt without echo on a terminal. */
    public String password(ServerAddress server) {
        Optional<String> known = credentials.find(server, env);
        if (known.isPresent()) {
            return known.get();
        }
        Console console = System.console();
        if (console == null) {
            throw new StoreUnavailableException(null, "common.server.noPassword", server.display());
        }
        char[] typed = console.readPassword("%s", i18n.t("common.server.passwordPrompt", server.display()));
        if (typed == null) {
            throw new StoreUnavailableException(null, "common.server.noPassword", server.display());
        }
        return new String(typed);
    }

    public I18n i18n() {
        return i18n;
    }

    public Clock clock() {
        return clock;
    }

    public PrintWriter out() {
        return out;
    }

    public PrintWriter err() {
        return err;
    }

    @Override
    public void close() {
        if (relais != null) {
            relais.close();
            relais = null;
        }
    }
}
