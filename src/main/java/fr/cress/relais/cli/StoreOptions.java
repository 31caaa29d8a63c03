package fr.cress.relais.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Options that choose the store, shared by the window and every command. */
public final class StoreOptions {

    @Option(names = "--data-dir", paramLabel = "DIR",
            descriptionKey = "cli.option.dataDir",
            description = "Dossier des données (sinon RELAIS_DATA_DIR, sinon le dossier de données de l'utilisateur).")
    Path dataDir;

    @Option(names = "--demo", description = "Utilise le magasin d'exemple (programme 2007-2009), séparé des vraies données.")
    boolean demo;

    @Option(names = "--store", paramLabel = "ADRESSE",
            description = "Base à ouvrir : postgresql://SERVEUR:PORT/BASE pour une base partagée, ou embedded pour les "
                    + "données de cet ordinateur (sinon RELAIS_STORE, sinon le choix enregistré dans la fenêtre).")
    String store;

    @Option(names = "--user", paramLabel = "UTILISATEUR",
            description = "Utilisateur de la base partagée (sinon RELAIS_DB_USER). Le mot de passe est demandé, "
                    + "lu dans le trousseau du système ou dans RELAIS_DB_PASSWORD.")
    String user;

    public Path dataDir() {
        return dataDir;
    }

    public boolean demo() {
        return demo;
    }

    /** {@code --store}, or null. */
    public String store() {
        return store;
    }

    /** {@code --user}, or null. */
    public String user() {
        return user;
    }
}
