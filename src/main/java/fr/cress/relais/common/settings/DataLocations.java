package fr.cress.relais.common.settings;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Relais keeps its files. The base folder is, in order: {@code --data-dir DIR}, the environment
 * variable {@code RELAIS_DATA_DIR}, then the per-user data folder of the operating system
 * (XDG data home on Linux, %APPDATA% on Windows, Application Support on macOS).
 * The example store lives in its own folder ({@code demo/}) so real and example data never mix.
 */
public record DataLocations(Path base, boolean demo) {

    public static final String ENV_DATA_DIR = "RELAIS_DATA_DIR";

    public static DataLocations resolve(Path dataDirOption, boolean demo, Map<String, String> env) {
        Path base;
        if (dataDirOption != null) {
            base = dataDirOption;
        } else if (env.get(ENV_DATA_DIR) != null && !env.get(ENV_DATA_DIR).isBlank()) {
            base = Path.of(env.get(ENV_DATA_DIR));
        } else {
            base = osDefault(System.getProperty("os.name", ""), env, Path.of(System.getProperty("user.home")));
        }
        return new DataLocations(base.toAbsolutePath().normalize(), demo);
    }

    static Path osDefault(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return (appData != null ? Path.of(appData) : home.resolve("AppData").resolve("Roaming")).resolve("Relais");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Relais");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local").resolve("share")).resolve("relais");
    }

    /** The folder of the store in use (the example store has its own). */
    public Path storeDir() {
        return demo ? base.resolve("demo") : base;
    }

    /** The H2 file name without its {@code .mv.db} extension. */
    public Path storeFile() {
        return storeDir().resolve("relais");
    }

    public Path backupsDir() {
        return storeDir().resolve("backups");
    }

    public Path logsDir() {
        return base.resolve("logs");
    }

    /** Files attached to joint actions, kept beside the store. */
    public Path attachmentsDir() {
        return storeDir().resolve("files");
    }

    /** Window and list preferences; shared by the real and the example store. */
    public Path uiSettingsFile() {
        return base.resolve("ui.properties");
    }

    public Path tileCacheDir() {
        return base.resolve("tiles");
    }
}
