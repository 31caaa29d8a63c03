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

    public Path dataDir() {
        return dataDir;
    }

    public boolean demo() {
        return demo;
    }
}
