package fr.cress.relais.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import fr.cress.relais.common.concurrent.FxTaskRunner;
import fr.cress.relais.common.concurrent.Futures;
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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The JavaFX application: shows the window at once; the store opens in the background (from the launch on, in
 * parallel with the toolkit, when started by {@link #launchWindow}).
 * Start-up milestones: {@code -Drelais.startupTrace=true}; time to a usable window: {@code -Drelais.startupProbe=true}.
 * Arguments: {@code [--data-dir DIR] [--demo] [--store=postgresql://HOST:PORT/DB] [--user=USER]}.
 */
public final class RelaisApp extends Application {

    static final String THEME_DARK = "ui.theme.dark";

    private FxTaskRunner tasks;
    private MainWindow window;
    private UiSettings settings;
    private CompletableFuture<List<Image>> icons;

    /** What the launch prepares while the toolkit starts, taken by {@link #start}. */
    record Launch(CompletableFuture<I18n> texts, StoreStart start) {
    }

    private static final AtomicReference<CompletableFuture<Launch>> LAUNCH = new AtomicReference<>();

    /**
     * Opens the window. The toolkit is launched at once, as a bare JavaFX application is; meanwhile, on other
     * threads, the texts are read, the choice of store is made and the embedded store starts opening (for a shared
     * store, the classes of the store are loaded on a spare core). {@link #start} takes what they prepared.
     */
    public static void launchWindow(String[] args) {
        LAUNCH.set(prepareInBackground(List.of(args)));
        StartupTrace.mark("launching the toolkit");
        Application.launch(RelaisApp.class, args);
        awaitClosed(); // the store's backup at exit, taken after the window went away
    }

    /** Prepares the launch on a thread of its own: the caller goes on at once (to start the toolkit). */
    static CompletableFuture<Launch> prepareInBackground(List<String> raw) {
        CompletableFuture<Launch> launch = new CompletableFuture<>();
        daemon("relais-launch", () -> {
            try {
                launch.complete(prepare(raw));
            } catch (Throwable e) {
                launch.completeExceptionally(e);
            }
        }).start();
        return launch;
    }

    private static Launch prepare(List<String> raw) {
        CompletableFuture<I18n> texts = CompletableFuture.supplyAsync(() -> {
            I18n read = I18n.fromSettings();
            StartupTrace.mark("texts read");
            return read;
        }, work -> daemon("relais-texts", work).start());
        StoreStart start = StoreStart.of(locations(raw), raw, System.getenv());
        if (!start.openEarly(texts::join, Clock.systemDefaultZone())) {
            Thread preload = daemon("relais-preload", Store::preload);
            preload.setPriority(Thread.MIN_PRIORITY);
            preload.start();
        }
        StartupTrace.mark("launch prepared");
        return new Launch(texts, start);
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
        daemon("relais-icons", () -> {
            IkonResolverProvider.getInstance(JavaFXFontLoader.getInstance());
            StartupTrace.mark("icon fonts");
        }).start();
        icons = WindowIcons.loadInBackground();
    }

    @Override
    public void start(Stage stage) {
        StartupTrace.mark("toolkit started");
        awaitClosed(); // a window started again in the same process finds its store closed
        CompletableFuture<Launch> launched = LAUNCH.getAndSet(null);
        Launch launch = launched != null ? Futures.join(launched) : null;
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

    /**
     * Saves the window's state and settings, hides the window, then backs the store up and closes it on a thread of
     * its own: the window does not stay frozen on screen during the backup. The JVM does not exit before that
     * thread ends ({@link #awaitClosed}, called when the toolkit has stopped and by a shutdown hook).
     */
    @Override
    public void stop() {
        try {
            if (tasks != null) {
                tasks.close(); // jobs still loading stop before the store closes under them
            }
            Relais open = window != null ? window.close() : null;
            if (settings != null) {
                settings.save();
            }
            if (window != null) {
                window.stage().hide();
            }
            if (open != null) {
                closeInBackground(open);
            }
        } catch (RuntimeException e) {
            log().error("Error while closing", e);
        }
    }

    /** The store closed (with its backup when embedded) by the last window, until it is done. */
    private static final AtomicReference<Thread> CLOSING = new AtomicReference<>();
    /** The shutdown hook that waits for {@link #CLOSING}, registered at the first close only. */
    private static final AtomicBoolean WAIT_AT_EXIT = new AtomicBoolean();

    private static void closeInBackground(Relais open) {
        Thread closing = new Thread(() -> {
            try {
                open.closeWithBackup();
            } catch (RuntimeException e) {
                log().error("Error while closing the store", e);
            }
        }, "relais-closing");
        CLOSING.set(closing);
        closing.start();
        if (WAIT_AT_EXIT.compareAndSet(false, true)) {
            Runtime.getRuntime().addShutdownHook(new Thread(RelaisApp::awaitClosed, "relais-closing-wait"));
        }
    }

    /**
     * Waits until the store of the last window is backed up and closed: before the JVM exits, and before a test
     * that stopped the window goes on with its files.
     */
    public static void awaitClosed() {
        Thread closing = CLOSING.get();
        if (closing == null) {
            return;
        }
        boolean interrupted = false;
        while (closing.isAlive()) {
            try {
                closing.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        CLOSING.compareAndSet(closing, null);
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Asked for when needed, not held by the class: loading this class on the main thread must not make it the one
     * that configures logging (the launcher configures it on a spare core while the toolkit starts).
     */
    private static Logger log() {
        return LoggerFactory.getLogger(RelaisApp.class);
    }

    /** The running window, for tests. */
    MainWindow window() {
        return window;
    }

    static void exit() {
        Platform.exit();
    }
}
