package fr.cress.relais.db.history;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The name the history gives to this Relais' writes: the operating system's user name unless the user chose
 * another one in the settings (« Votre nom dans l’historique »). One per open store.
 */
public final class ActingUser {

    /** Written when a write comes with no name (a migration, a console session). */
    public static final String UNKNOWN = "?";

    private final AtomicReference<String> name = new AtomicReference<>(systemName());

    public String name() {
        return name.get();
    }

    /** Uses {@code chosen}, or the system user name when it is blank. */
    public void use(String chosen) {
        name.set(chosen == null || chosen.isBlank() ? systemName() : chosen.strip());
    }

    public static String systemName() {
        String user = System.getProperty("user.name");
        return user == null || user.isBlank() ? UNKNOWN : user;
    }
}
