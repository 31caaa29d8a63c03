package fr.cress.relais.app;

import fr.cress.relais.common.concurrent.FxTaskRunner;
import fr.cress.relais.common.feature.DataEvents;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.settings.ServerAddress;
import fr.cress.relais.common.settings.UiSettings;
import fr.cress.relais.db.history.ChangeFeed;
import fr.cress.relais.safety.SingleInstance;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The store of the window: opened in the background (the embedded one usually already open since the launch),
 * with the channel through which a second window asks this one to come to the front and the watch over what
 * other windows write; closed with a backup at exit.
 */
final class StoreSession {

    private static final Logger LOG = LoggerFactory.getLogger(StoreSession.class);

    /** The store just opened, with what the window shows first: the welcome screen? the example banner? */
    record Opened(Relais relais, boolean welcome, boolean exampleData) {
    }

    private final Stage stage;
    private final I18n i18n;
    private final UiSettings settings;
    private final FxTaskRunner tasks;
    private final StoreStart start;
    private final Clock clock;
    private final Runnable toFront;
    private Relais relais;
    private ChangeFeed feed;
    private SingleInstance instance;
    private ChangeWatcher watcher;

    StoreSession(Stage stage, I18n i18n, UiSettings settings, FxTaskRunner tasks, StoreStart start, Clock clock,
                 Runnable toFront) {
        this.stage = stage;
        this.i18n = i18n;
        this.settings = settings;
        this.tasks = tasks;
        this.start = start;
        this.clock = clock;
        this.toFront = toFront;
    }

    /** The shared store to open, or empty for the embedded one; may throw if the choice cannot be read. */
    Optional<ServerAddress> server() {
        return start.server();
    }

    /**
     * Opens the store in the background; the window stays responsive meanwhile. {@code password} is null for the
     * embedded store (see {@link #password}).
     */
    void open(Optional<ServerAddress> server, String password, Consumer<Opened> ready, Consumer<Throwable> failed) {
        tasks.job(i18n.t("app.store.opening"), progress -> {
                    StartupTrace.mark("opening the store");
                    Relais opened = start.open(server, password, i18n, clock);
                    StartupTrace.mark("store open");
                    opened.store().actingUser().use(settings.get(HistoryName.SETTING).orElse(null));
                    return new Pending(new Opened(opened, opened.needsWelcome(), opened.holdsExampleData()),
                            listenForOtherWindows(), ChangeWatcher.feed(opened.store()));
                })
                .onSuccess(pending -> {
                    relais = pending.opened().relais();
                    instance = pending.instance();
                    feed = pending.feed();
                    ready.accept(pending.opened());
                })
                .onFailure(failed::accept)
                .start();
    }

    private record Pending(Opened opened, SingleInstance instance, ChangeFeed feed) {
    }

    /** The shared store's password: known (environment, credential store) or asked to the user. */
    String password(ServerAddress server) {
        return start.knownPassword(server).orElseGet(() -> {
            PasswordDialog dialog = new PasswordDialog(i18n, stage, server);
            Optional<String> typed = dialog.ask();
            typed.filter(p -> dialog.remember()).ifPresent(p -> start.credentials().save(server, p));
            return typed.orElse(null);
        });
    }

    /** A second Relais window on the same store asks this one to come to the front (loopback only). */
    private SingleInstance listenForOtherWindows() {
        try {
            return SingleInstance.listen(start.locations().storeDir(), () -> Platform.runLater(toFront));
        } catch (IOException e) {
            LOG.warn("No single-instance channel: {}", e.toString());
            return null;
        }
    }

    /** What other windows write from now on is told to the views through {@code events}. */
    void watch(DataEvents events) {
        watcher = new ChangeWatcher(feed, events, Platform::runLater);
        watcher.start();
    }

    /** The open store, or null. */
    Relais relais() {
        return relais;
    }

    /** Lets go of the store (for a restore): the caller closes it away from the JavaFX thread. */
    Optional<AutoCloseable> release() {
        stopListening();
        Relais released = relais;
        relais = null;
        return Optional.ofNullable(released);
    }

    /**
     * At exit, on the JavaFX thread: stops listening and hands over the store, to be backed up and closed on
     * another thread (see {@link RelaisApp#stop}); null if none is open.
     */
    Relais leave() {
        start.discardEarly();
        stopListening();
        Relais open = relais;
        relais = null;
        return open;
    }

    private void stopListening() {
        if (watcher != null) {
            watcher.close();
            watcher = null;
        }
        if (instance != null) {
            instance.close();
            instance = null;
        }
    }
}
