package fr.cress.relais.app;

import fr.cress.relais.common.concurrent.Futures;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.settings.CredentialStore;
import fr.cress.relais.common.settings.DataLocations;
import fr.cress.relais.common.settings.ServerAddress;
import fr.cress.relais.common.settings.StoreChoice;
import fr.cress.relais.db.Store;
import fr.cress.relais.db.StoreUnavailableException;
import fr.cress.relais.safety.StoreOpener;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Which store the window opens, and how: the embedded store of the data folder, or the shared store chosen
 * in the settings ({@code store.properties}), {@code --store}/{@code --user} or {@code RELAIS_STORE}. The
 * password of a shared store comes from {@code RELAIS_DB_PASSWORD}, the credential store, or the user.
 */
final class StoreStart {

    private final DataLocations locations;
    private final String storeOption;
    private final String userOption;
    private final Map<String, String> env;
    private final CredentialStore credentials;
    /** The embedded store being opened since the launch, until the window takes it. */
    private final AtomicReference<CompletableFuture<Relais>> early = new AtomicReference<>();

    StoreStart(DataLocations locations, String storeOption, String userOption, Map<String, String> env,
               CredentialStore credentials) {
        this.locations = locations;
        this.storeOption = storeOption;
        this.userOption = userOption;
        this.env = env;
        this.credentials = credentials;
    }

    /** From the window's arguments: {@code --store=...} and {@code --user=...} (as the launcher passes them). */
    static StoreStart of(DataLocations locations, List<String> raw, Map<String, String> env) {
        String store = raw.stream().filter(a -> a.startsWith("--store=")).map(a -> a.substring(8)).findFirst().orElse(null);
        String user = raw.stream().filter(a -> a.startsWith("--user=")).map(a -> a.substring(7)).findFirst().orElse(null);
        CredentialStore credentials = Boolean.getBoolean("relais.test") ? CredentialStore.none() : CredentialStore.system();
        return new StoreStart(locations, store, user, env, credentials);
    }

    /** The shared store to open, or empty for the embedded one (always for the example store). */
    Optional<ServerAddress> server() {
        return locations.demo() ? Optional.empty() : StoreChoice.of(locations).resolve(storeOption, userOption, env);
    }

    /** The password known without asking: {@code RELAIS_DB_PASSWORD} or the credential store. */
    Optional<String> knownPassword(ServerAddress server) {
        return credentials.find(server, env);
    }

    private Relais openWithTexts(Supplier<I18n> texts, Clock clock) {
        Store store = new StoreOpener(locations, clock).open();
        StartupTrace.mark("store file open and migrated");
        try {
            return Relais.on(store, locations, texts.get(), clock);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** Closes the store opened early if the window never took it (closed while the store was opening). */
    void discardEarly() {
        CompletableFuture<Relais> opening = early.getAndSet(null);
        if (opening != null) {
            opening.thenAccept(Relais::close);
        }
    }

    CredentialStore credentials() {
        return credentials;
    }

    DataLocations locations() {
        return locations;
    }

    /**
     * Starts opening the embedded store at once, on a thread of its own, while the toolkit starts and the window
     * is built: the first {@link #open} takes it. Nothing starts for a shared store (its password may have to be
     * asked) or when the choice of store cannot be read (the window reports that). The texts are only needed
     * once the file is open: they may still be loading on another thread. True if the opening started.
     */
    boolean openEarly(Supplier<I18n> texts, Clock clock) {
        try {
            if (server().isPresent()) {
                return false;
            }
        } catch (RuntimeException e) {
            return false;
        }
        CompletableFuture<Relais> opening = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                StartupTrace.mark("store opening early");
                opening.complete(openWithTexts(texts, clock));
                StartupTrace.mark("store opened early");
            } catch (Throwable e) {
                opening.completeExceptionally(e);
            }
        }, "relais-store-opening");
        thread.setDaemon(true);
        early.set(opening);
        thread.start();
        return true;
    }

    /** Opens the chosen store (in the background): {@code password} is null for the embedded store. */
    Relais open(Optional<ServerAddress> server, String password, I18n i18n, Clock clock) {
        if (server.isEmpty()) {
            CompletableFuture<Relais> opening = early.getAndSet(null);
            return opening == null ? Relais.open(locations, i18n, clock) : Futures.join(opening);
        }
        if (password == null) {
            throw new StoreUnavailableException(null, "common.server.noPassword", server.get().display());
        }
        return Relais.openServer(server.get(), password, locations, i18n, clock);
    }
}
