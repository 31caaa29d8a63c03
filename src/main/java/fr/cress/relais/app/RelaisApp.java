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
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.kordamp.ikonli.IkonResolverProvider;
import org.kordamp.ikonli.javafx.JavaFXFontLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The JavaFX application: shows the window at once; the store opens in the background (from the launch on, in
 * parallel with the toolkit, when started by {@link #launchWindow}).
 * Start-up milestones: {@code -Drelais.startupTrace=true}; time to a usable window: {@code -Drelais.startupProbe=true}.
 * Arguments: {@code [--data-dir DIR] [--demo] [--store=postgresql://HOST:PORT/DB] [--user=USER]}.
 */
public final class RelaisApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(RelaisApp.class);
    static final String THEME_DARK = "ui.theme.dark";

    private FxTaskRunner tasks;
    private MainWindow window;
    private UiSettings settings;
    private CompletableFuture<List<Image>> icons;

    /** What the launch prepared before the toolkit started, taken by {@link #start}. */
    private record Launch(CompletableFuture<I18n> texts, StoreStart start) {
    }

    private static final AtomicReference<Launch> LAUNCH = new AtomicReference<>();

    /**
     * Opens the window. The embedded store starts opening at once, in parallel with the toolkit and the window;
     * for a shared store, the classes of the store are loaded meanwhile on a spare core.
     */
    public static void launchWindow(String[] args) {
        List<String> raw = List.of(args);
        CompletableFuture<I18n> texts = CompletableFuture.supplyAsync(I18n::fromSettings,
                work -> daemon("relais-texts", work).start());
        StoreStart start = StoreStart.of(locations(raw), raw, System.getenv());
        if (!start.openEarly(texts::join, Clock.systemDefaultZone())) {
            Thread preload = daemon("relais-preload", Store::preload);
            preload.setPriority(Thread.MIN_PRIORITY);
            preload.start();
        }
        LAUNCH.set(new Launch(texts, start));
        StartupTrace.mark("launching the toolkit");
        Application.launch(RelaisApp.class, args);
    }

    private static Thread daemon(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        return thread;
    }

    /**
     * Runs once the toolkit is up, before {@link #start}: the icon fonts (every icon pack on the class path, read
     * the first time an icon is made) and the window's icons load on spare threads while the window is built.
     */
    @Override
    public void init() {
        daemon("relais-icons", () -> IkonResolverProvider.getInstance(JavaFXFontLoader.getInstance())).start();
        icons = WindowIcons.loadInBackground();
    }

    @Override
    public void start(Stage stage) {
        StartupTrace.mark("toolkit started");
        Launch launch = LAUNCH.getAndSet(null);
        List<String> raw = getParameters().getRaw();
        StoreStart start = launch != null ? launch.start() : StoreStart.of(locations(raw), raw, System.getenv());
        DataLocations locations = start.locations();
        I18n i18n = launch != null ? launch.texts().join() : I18n.fromSettings();
        settings = UiSettings.load(locations.uiSettingsFile());
        StartupTrace.mark("i18n, settings");
        applyTheme(settings.getBoolean(THEME_DARK, false));
        StartupTrace.mark("theme");

        CrashHandler crashes = new CrashHandler(i18n, locations);
        tasks = new FxTaskRunner(crashes::report);
        window = new MainWindow(stage, i18n, settings, tasks, start, getHostServices(), Clock.systemDefaultZone(),
                icons != null ? icons : WindowIcons.loadInBackground());
        StartupTrace.mark("window built");
        crashes.attach(window.dialogs());
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> crashes.report(error));
        window.show();
        StartupTrace.mark("window shown");
        window.openStoreAtStart();
    }

    /** The theme in its binary form (the same rules, already parsed when AtlantaFX was built). */
    static void applyTheme(boolean dark) {
        Application.setUserAgentStylesheet(dark
                ? new PrimerDark().getUserAgentStylesheetBSS()
                : new PrimerLight().getUserAgentStylesheetBSS());
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
