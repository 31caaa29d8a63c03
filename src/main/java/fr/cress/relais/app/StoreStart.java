package fr.cress.relais.app;

import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.settings.CredentialStore;
import fr.cress.relais.common.settings.DataLocations;
import fr.cress.relais.common.settings.ServerAddress;
import fr.cress.relais.common.settings.StoreChoice;
import fr.cress.relais.db.StoreUnavailableException;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    CredentialStore credentials() {
        return credentials;
    }

    DataLocations locations() {
        return locations;
    }

    /** Opens the chosen store (in the background): {@code password} is null for the embedded store. */
    Relais open(Optional<ServerAddress> server, String password, I18n i18n, Clock clock) {
        if (server.isEmpty()) {
            return Relais.open(locations, i18n, clock);
        }
        if (password == null) {
            throw new StoreUnavailableException(null, "common.server.noPassword", server.get().display());
        }
        return Relais.openServer(server.get(), password, locations, i18n, clock);
    }
}
