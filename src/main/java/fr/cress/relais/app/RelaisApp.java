package fr.cress.relais.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import fr.cress.relais.common.concurrent.FxTaskRunner;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.settings.DataLocations;
import fr.cress.relais.common.settings.UiSettings;
import fr.cress.relais.db.Store;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * The JavaFX application: shows the window at once, then opens the store in the background.
 * Arguments: {@code [--data-dir DIR] [--demo] [--store=postgresql://HOST:PORT/DB] [--user=USER]}.
 */
public final class RelaisApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(RelaisApp.class);
    static final String THEME_DARK = "ui.theme.dark";

    private FxTaskRunner tasks;
    private MainWindow window;
    private UiSettings settings;

    public static void launchWindow(String[] args) {
        Thread preload = new Thread(Store::preload, "relais-preload");
        preload.setDaemon(true);
        preload.setPriority(Thread.MIN_PRIORITY);
        preload.start();
        Application.launch(RelaisApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        DataLocations locations = locations(getParameters().getRaw());
        I18n i18n = I18n.fromSettings();
        settings = UiSettings.load(locations.uiSettingsFile());
        applyTheme(settings.getBoolean(THEME_DARK, false));

        CrashHandler crashes = new CrashHandler(i18n, locations);
        tasks = new FxTaskRunner(crashes::report);
        StoreStart start = StoreStart.of(locations, getParameters().getRaw(), System.getenv());
        window = new MainWindow(stage, i18n, settings, tasks, start, getHostServices(), Clock.systemDefaultZone());
        crashes.attach(window.dialogs());
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> crashes.report(error));
        window.show();
        window.openStore();
    }

    static void applyTheme(boolean dark) {
        Application.setUserAgentStylesheet(dark
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    static DataLocations locations(List<String> raw) {
        Path dataDir = null;
        boolean demo = false;
        for (int i = 0; i < raw.size(); i++) {
            String arg = raw.get(i);
            if (arg.equals("--data-dir") && i + 1 < raw.size()) {
                dataDir = Path.of(raw.get(++i));
            } else if (arg.startsWith("--data-dir=")) {
                dataDir = Path.of(arg.substring("--data-dir=".length()));
            } else if (arg.equals("--demo")) {
                demo = true;
            }
        }
        return DataLocations.resolve(dataDir, demo, System.getenv());
    }

    @Override
    public void stop() {
        try {
            if (tasks != null) {
                tasks.close(); // jobs still loading stop before the store closes under them
            }
            if (window != null) {
                window.close();
            }
            if (settings != null) {
                settings.save();
            }
        } catch (RuntimeException e) {
            LOG.error("Error while closing", e);
        }
    }

    /** The running window, for tests. */
    MainWindow window() {
        return window;
    }

    static void exit() {
        Platform.exit();
    }
}
