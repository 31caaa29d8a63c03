package fr.cress.relais.common.settings;

import com.github.javakeyring.Keyring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * The password of a shared store, kept in the operating system's credential store (Windows Credential
 * Manager, macOS Keychain, the Secret Service of GNOME/KDE) and never in a file of Relais. Where no credential
 * store answers (a server without a desktop session), nothing is kept: Relais asks at start, or a script gives
 * {@code RELAIS_DB_PASSWORD}.
 */
public final class CredentialStore {

    private static final Logger LOG = LoggerFactory.getLogger(CredentialStore.class);
    private static final String SERVICE = "Relais";

    private final boolean enabled;

    private CredentialStore(boolean enabled) {
        this.enabled = enabled;
    }

    /** The operating system's credential store. */
    public static CredentialStore system() {
        return new CredentialStore(true);
    }

    /** Keeps nothing and finds nothing: for tests and for {@code --no-keyring}-like uses. */
    public static CredentialStore none() {
        return new CredentialStore(false);
    }

    /** The password a script gives ({@code RELAIS_DB_PASSWORD}), else the one kept in the credential store. */
    public Optional<String> find(ServerAddress server, java.util.Map<String, String> env) {
        String given = env.get(StoreChoice.ENV_PASSWORD);
        return given != null ? Optional.of(given) : find(server);
    }

    public Optional<String> find(ServerAddress server) {
        if (!enabled) {
            return Optional.empty();
        }
        try (Keyring keyring = Keyring.create()) {
            return Optional.ofNullable(keyring.getPassword(SERVICE, account(server)));
        } catch (Exception | LinkageError e) {
            LOG.debug("No password found in the credential store for {}: {}", server.display(), e.toString());
            return Optional.empty();
        }
    }

    /** Keeps the password; false when no credential store is available (the user is then asked at each start). */
    public boolean save(ServerAddress server, String password) {
        if (!enabled) {
            return false;
        }
        try (Keyring keyring = Keyring.create()) {
            keyring.setPassword(SERVICE, account(server), password);
            return true;
        } catch (Exception | LinkageError e) {
            LOG.info("The credential store is not available: {}", e.toString());
            return false;
        }
    }

    public void forget(ServerAddress server) {
        if (!enabled) {
            return;
        }
        try (Keyring keyring = Keyring.create()) {
            keyring.deletePassword(SERVICE, account(server));
        } catch (Exception | LinkageError e) {
            LOG.debug("Nothing to forget for {}: {}", server.display(), e.toString());
        }
    }

    static String account(ServerAddress server) {
        return server.user() + "@" + server.host() + ":" + server.port() + "/" + server.database();
    }
}
