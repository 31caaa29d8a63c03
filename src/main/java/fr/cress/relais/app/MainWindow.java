package fr.cress.relais.app;

import fr.cress.relais.common.concurrent.FxTaskRunner;
import fr.cress.relais.common.error.AppException;
import fr.cress.relais.common.error.ErrorMessages;
import fr.cress.relais.common.feature.DataEvents;
import fr.cress.relais.common.feature.SectionId;
import fr.cress.relais.common.feature.UiContext;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.settings.DataLocations;
import fr.cress.relais.common.settings.ServerAddress;
import fr.cress.relais.common.settings.UiSettings;
import fr.cress.relais.common.ui.DialogService;
import fr.cress.relais.common.ui.FxDialogService;
import fr.cress.relais.db.Store;
import fr.cress.relais.safety.SafetyHost;
import fr.cress.relais.safety.SafetyUi;
import fr.cress.relais.safety.SingleInstance;
import javafx.application.HostServices;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The main window: menus, navigation, the current section, the status bar. It appears before the store is open,
 * as a light shell (navigation, status bar, the menus' titles, an empty content area: all the first frame has to
 * style); the store opens in the background, then the welcome screen or the last section is shown, and the menu
 * bar and the navigation's tooltips complete the window.
 */
final class MainWindow {

    private static final Logger LOG = LoggerFactory.getLogger(MainWindow.class);
    /** How long the store may take at start before the « opening » screen replaces the empty content area. */
    static final Duration BUSY_DELAY = Duration.millis(400);
    /** Errors after which restoring a backup is the way out: the recovery screen lists the backups. */
    private static final Set<String> DAMAGED = Set.of("common.store.unreadable", "common.store.migration",
            "safety.migration.restored");

    private final Stage stage;
    private final I18n i18n;
    private final UiSettings settings;
    private final FxTaskRunner tasks;
    private final DataLocations locations;
    private final FxDialogService dialogs;
    private final ContentScreens screens;
    private final Navigation navigation;
    private final StatusBarView statusBar;
    private final ExampleBanner banner;
    private final MainMenu menu;
    private final SafetyUi safety;
    private final StoreSession session;
    private final WelcomeFlow welcome;
    private SectionHost sections;
    private boolean complete;

    MainWindow(Stage stage, I18n i18n, UiSettings settings, FxTaskRunner tasks, StoreStart start,
               HostServices host, java.time.Clock clock, CompletableFuture<List<Image>> icons) {
        this.stage = stage;
        this.i18n = i18n;
        this.settings = settings;
        this.tasks = tasks;
        this.locations = start.locations();
        this.dialogs = new FxDialogService(i18n, settings, () -> stage, host);
        this.screens = new ContentScreens(i18n);
        this.navigation = new Navigation(i18n, this::showSection);
        this.statusBar = new StatusBarView(i18n, tasks);
        this.banner = new ExampleBanner(i18n);
        this.session = new StoreSession(stage, i18n, settings, tasks, start, clock, this::toFront);
        this.safety = new SafetyUi(i18n, dialogs, tasks, locations, clock, new Host());
        WindowCommands commands = new WindowCommands(stage, i18n, settings, tasks, dialogs, start, safety,
                session::relais, this::canLeave);
        this.menu = new MainMenu(i18n, commands, this::showSection);
        this.welcome = new WelcomeFlow(i18n, tasks, dialogs, screens, session::relais, () -> enable(false),
                this::exampleLoaded, this::enterApplication);
        screens.onBusy(this::complete);
        build();
        // decoded on another thread while the window is built; the title bar takes them when they are ready
        icons.thenAcceptAsync(images -> stage.getIcons().setAll(images), Platform::runLater);
    }

    private void build() {
        BorderPane root = new BorderPane();
        root.setTop(new VBox(menu.node(), banner.node()));
        root.setLeft(navigation.node());
        root.setCenter(screens.node());
        root.setBottom(statusBar.node());
        navigation.setDisable(true);

        Scene scene = new Scene(root);
        scene.getStylesheets().add(Objects.requireNonNull(
                MainWindow.class.getResource("/fr/cress/relais/app/app.css")).toExternalForm());
        menu.addAccelerators(scene);
        stage.setScene(scene);
        stage.setTitle(locations.demo() ? i18n.t("app.title.demo") : i18n.t("app.title"));
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        WindowState.restore(stage, settings);
        stage.setOnCloseRequest(e -> {
            if (!canLeave()) {
                e.consume();
            }
        });
    }

    /** Shows the window: the shell and, until the store is open, an empty content area. */
    void show() {
        stage.show();
        if (Boolean.getBoolean("relais.startupProbe")) {
            Platform.runLater(() -> System.out.println("FIRST_FRAME_MS=" + StartupTrace.sinceJvmStart()));
        }
        Platform.runLater(() -> StartupTrace.mark("first frame"));
    }

    /**
     * Once the window shows something to work with (a section, the welcome, an error or the busy screen): the menu
     * bar replaces the menus' titles and the navigation gets its tooltips, on the next turn of the JavaFX thread.
     */
    private void complete() {
        if (!complete) {
            complete = true;
            Platform.runLater(() -> {
                menu.install();
                navigation.addTooltips(); // not needed before the pointer rests on a button
                StartupTrace.mark("menus and tooltips");
            });
        }
    }

    DialogService dialogs() {
        return dialogs;
    }

    /** Opens the store in the background (after a restore, or to retry). */
    void openStore() {
        openStore(Duration.ZERO);
    }

    /**
     * At start: the store, opened since the launch, usually arrives within a few frames; the « opening » screen
     * appears only if it takes longer than {@link #BUSY_DELAY}, instead of flashing by at every start.
     */
    void openStoreAtStart() {
        openStore(BUSY_DELAY);
    }

    private void openStore(Duration busyAfter) {
        Optional<ServerAddress> server;
        try {
            server = session.server();
        } catch (RuntimeException e) {
            storeFailed(e);
            return;
        }
        String password = server.map(session::password).orElse(null);
        screens.busyAfter(busyAfter, i18n.t("app.store.opening"));
        statusBar.setStore(server.map(s -> i18n.t("app.status.server", s.display()))
                .orElseGet(() -> i18n.t("app.status.store", locations.storeFile() + ".mv.db")));
        session.open(server, password, opened -> {
            screens.stopWaiting();
            storeReady(opened);
        }, error -> {
            screens.stopWaiting();
            storeFailed(error);
        });
    }

    private void storeReady(StoreSession.Opened store) {
        StartupTrace.mark("store ready");
        // one notice board per opened store: views of a store closed by a restore hear nothing any more
        DataEvents events = new DataEvents();
        UiContext ui = new UiContext(i18n, dialogs, tasks, settings, this::showSection, events);
        if (sections != null) {
            sections.close();
        }
        this.sections = new SectionHost(store.relais(), ui, screens.node());
        session.watch(events);
        banner.show(locations.demo() || store.exampleData());
        StartupTrace.mark("sections, banner");
        if (store.welcome() && locations.demo()) {
            welcome.startWithExample(); // relais --demo opens the example programme directly
        } else if (store.welcome()) {
            welcome.showWelcome();
            complete();
        } else {
            enable(true);
            showSection(lastSection(), null);
        }
        reportStartup();
    }

    private void storeFailed(Throwable error) {
        LOG.warn("Store could not be opened", error);
        statusBar.setMessage(i18n.t("app.store.unavailable"));
        complete();
        String key = ErrorMessages.unwrap(error) instanceof AppException app ? app.messageKey() : "";
        if (DAMAGED.contains(key)) {
            screens.show(safety.recoveryScreen(error, this::openStore, RelaisApp::exit));
            return;
        }
        Label message = screens.storeError(new ErrorMessages(i18n).describe(error), this::openStore, RelaisApp::exit);
        if (key.equals("common.store.locked")) {
            tasks.job(i18n.t("app.store.opening"), progress -> SingleInstance.askToShow(locations.storeDir()))
                    .onSuccess(shown -> {
                        if (shown) {
                            message.setText(message.getText() + "\n\n" + i18n.t("safety.instance.shown"));
                        }
                    })
                    .start();
        }
    }

    private void toFront() {
        stage.setIconified(false);
        stage.show();
        stage.toFront();
        stage.requestFocus();
    }

    private void exampleLoaded() {
        banner.show(locations.demo() || (session.relais() != null && session.relais().holdsExampleData()));
        enterApplication(SectionId.DASHBOARD);
    }

    private void enterApplication(SectionId first) {
        enable(true);
        sections.invalidateAll();
        showSection(first, null);
    }

    /** The navigation and the menus that need a store answer, or not. */
    private void enable(boolean storeReady) {
        navigation.setDisable(!storeReady);
        menu.setStoreReady(storeReady);
    }

    private SectionId lastSection() {
        return settings.get("window.section")
                .flatMap(name -> Arrays.stream(SectionId.values()).filter(s -> s.name().equals(name)).findFirst())
                .orElse(SectionId.DASHBOARD);
    }

    /** Shows a main section (Ctrl+1...7, the navigation, or a link from another view). */
    void showSection(SectionId id, Object target) {
        if (sections == null || navigation.isDisabled()) {
            return;
        }
        if (!sections.show(id, target)) {
            navigation.select(sections.current());
            return;
        }
        navigation.select(id);
        settings.put("window.section", id.name());
        statusBar.setMessage("");
    }

    private boolean canLeave() {
        return sections == null || sections.canLeave();
    }

    /**
     * Called by the application on exit, on the JavaFX thread: saves the window state and hands over the store,
     * to be backed up and closed on another thread; null if none is open.
     */
    Relais close() {
        WindowState.save(stage, settings);
        return session.leave();
    }

    /** The window as the backup and restore screens see it. */
    private final class Host implements SafetyHost {
        @Override
        public Optional<Store> store() {
            return Optional.ofNullable(session.relais()).map(Relais::store);
        }

        @Override
        public Optional<AutoCloseable> releaseStore() {
            enable(false);
            if (sections != null) {
                sections.close(); // nothing more is prepared on the store let go
            }
            sections = null;
            screens.busy(i18n.t("safety.restore.busy"));
            return session.release();
        }

        @Override
        public void reopenStore() {
            openStore();
        }

        @Override
        public Window owner() {
            return stage;
        }
    }

    Stage stage() {
        return stage;
    }

    Relais relais() {
        return session.relais();
    }

    /** The sections of the open store, or null; for tests. */
    SectionHost sections() {
        return sections;
    }

    /** With -Drelais.startupProbe=true: prints the time from JVM start to a usable window, then quits. */
    private void reportStartup() {
        StartupTrace.mark("first section shown");
        StartupTrace.threads();
        complete();
        if (Boolean.getBoolean("relais.startupProbe")) {
            System.out.println("STARTUP_MS=" + StartupTrace.sinceJvmStart());
            RelaisApp.exit();
        }
    }
}
