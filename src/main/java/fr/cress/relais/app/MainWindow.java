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
import fr.cress.relais.common.settings.StoreChoice;
import fr.cress.relais.common.settings.UiSettings;
import fr.cress.relais.common.ui.DialogService;
import fr.cress.relais.common.ui.FxDialogService;
import fr.cress.relais.db.Store;
import fr.cress.relais.db.history.ChangeFeed;
import fr.cress.relais.safety.SafetyHost;
import fr.cress.relais.safety.SafetyUi;
import fr.cress.relais.safety.SingleInstance;
import javafx.animation.PauseTransition;
import javafx.application.HostServices;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.image.Image;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The main window: menu, navigation, the current section, the status bar. It appears before the store is
 * open; the store opens in the background, then the welcome screen or the last section is shown.
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
    private final StoreStart start;
    private final Clock clock;
    private final FxDialogService dialogs;
    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final Navigation navigation;
    private final StatusBarView statusBar;
    private final Label exampleBanner = new Label();
    private final MainMenu menu;
    private final SafetyUi safety;
    /** Shows the « opening » screen when the store is slow to open (see {@link #openStoreAtStart}). */
    private final PauseTransition busyDelay = new PauseTransition();
    private Relais relais;
    private SectionHost sections;
    private SingleInstance instance;
    private ChangeWatcher watcher;

    MainWindow(Stage stage, I18n i18n, UiSettings settings, FxTaskRunner tasks, StoreStart start,
               HostServices host, Clock clock, CompletableFuture<List<Image>> icons) {
        this.stage = stage;
        this.i18n = i18n;
        this.settings = settings;
        this.tasks = tasks;
        this.start = start;
        this.locations = start.locations();
        this.clock = clock;
        this.dialogs = new FxDialogService(i18n, settings, () -> stage, host);
        this.navigation = new Navigation(i18n, this::showSection);
        this.statusBar = new StatusBarView(i18n, tasks);
        this.menu = new MainMenu(i18n, this);
        this.safety = new SafetyUi(i18n, dialogs, tasks, locations, clock, new Host());
        build();
        // decoded on another thread while the window is built; the title bar takes them when they are ready
        icons.thenAcceptAsync(images -> stage.getIcons().setAll(images), Platform::runLater);
    }

    private void build() {
        exampleBanner.getStyleClass().add("example-banner");
        exampleBanner.setMaxWidth(Double.MAX_VALUE);
        exampleBanner.setGraphic(new FontIcon(Material2OutlinedAL.INFO));
        exampleBanner.setText(i18n.t("app.example.banner"));
        exampleBanner.setVisible(false);
        exampleBanner.setManaged(false);
        root.setTop(new VBox(menu.bar(), exampleBanner));
        root.setLeft(navigation.node());
        content.getStyleClass().add("section-content");
        root.setCenter(content);
        root.setBottom(statusBar.node());
        navigation.setDisable(true);

        Scene scene = new Scene(root);
        scene.getStylesheets().add(Objects.requireNonNull(
                MainWindow.class.getResource("/fr/cress/relais/app/app.css")).toExternalForm());
        stage.setScene(scene);
        stage.setTitle(title());
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        WindowState.restore(stage, settings);
        stage.setOnCloseRequest(e -> {
            if (sections != null && !sections.canLeave()) {
                e.consume();
            }
        });
    }

    private String title() {
        return locations.demo() ? i18n.t("app.title.demo") : i18n.t("app.title");
    }

    /** Shows the window: menus, navigation, status bar and, until the store is open, an empty content area. */
    void show() {
        stage.show();
        if (Boolean.getBoolean("relais.startupProbe")) {
            Platform.runLater(() -> System.out.println("FIRST_FRAME_MS=" + StartupTrace.sinceJvmStart()));
        }
        Platform.runLater(() -> StartupTrace.mark("first frame"));
    }

    DialogService dialogs() {
        return dialogs;
    }

    /**
     * Opens the store in the background; the window stays responsive meanwhile. For a shared store whose
     * password neither the environment nor the credential store knows, the user is asked first.
     */
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
            server = start.server();
        } catch (RuntimeException e) {
            storeFailed(e);
            return;
        }
        String password = server.map(this::password).orElse(null);
        showBusyAfter(busyAfter, i18n.t("app.store.opening"));
        statusBar.setStore(server.map(s -> i18n.t("app.status.server", s.display()))
                .orElseGet(() -> i18n.t("app.status.store", locations.storeFile() + ".mv.db")));
        tasks.job(i18n.t("app.store.opening"), progress -> {
                    StartupTrace.mark("opening the store");
                    Relais opened = start.open(server, password, i18n, clock);
                    StartupTrace.mark("store open");
                    opened.store().actingUser().use(settings.get(HistoryName.SETTING).orElse(null));
                    return new OpenedStore(opened, listenForOtherWindows(), new ChangeFeed(opened.store().dsl()),
                            opened.needsWelcome(), opened.holdsExampleData());
                })
                .onSuccess(store -> {
                    busyDelay.stop();
                    storeReady(store);
                })
                .onFailure(error -> {
                    busyDelay.stop();
                    storeFailed(error);
                })
                .start();
    }

    private String password(ServerAddress server) {
        return start.knownPassword(server).orElseGet(() -> {
            PasswordDialog dialog = new PasswordDialog(i18n, stage, server);
            Optional<String> typed = dialog.ask();
            typed.filter(p -> dialog.remember()).ifPresent(p -> start.credentials().save(server, p));
            return typed.orElse(null);
        });
    }

    /** Fichier > Base partagée (PostgreSQL)…: the choice applies at the next start. */
    void chooseSharedStore() {
        SharedStoreDialog dialog = new SharedStoreDialog(i18n, stage, tasks, StoreChoice.of(locations), start.credentials());
        if (dialog.showAndWait().orElse(false)) {
            dialogs.showInfo(i18n.t("app.server.savedTitle"), dialog.savedMessage());
        }
    }

    /** A second Relais window on the same store asks this one to come to the front (loopback only). */
    private SingleInstance listenForOtherWindows() {
        try {
            return SingleInstance.listen(locations.storeDir(), () -> Platform.runLater(this::toFront));
        } catch (IOException e) {
            LOG.warn("No single-instance channel: {}", e.toString());
            return null;
        }
    }

    private void toFront() {
        stage.setIconified(false);
        stage.show();
        stage.toFront();
        stage.requestFocus();
    }

    /** The store just opened, with what the window shows first: the welcome screen? the example banner? */
    private record OpenedStore(Relais relais, SingleInstance instance, ChangeFeed feed, boolean welcome,
                               boolean exampleData) {
    }

    private void storeReady(OpenedStore store) {
        StartupTrace.mark("store ready");
        Relais opened = store.relais();
        this.relais = opened;
        this.instance = store.instance();
        // one notice board per opened store: views of a store closed by a restore hear nothing any more
        DataEvents events = new DataEvents();
        UiContext ui = new UiContext(i18n, dialogs, tasks, settings, this::showSection, events);
        this.sections = new SectionHost(opened, ui, content);
        this.watcher = new ChangeWatcher(store.feed(), events, Platform::runLater);
        watcher.start();
        showBanner(locations.demo() || store.exampleData());
        StartupTrace.mark("sections, banner");
        if (store.welcome() && locations.demo()) {
            startWithExample(); // relais --demo opens the example programme directly
        } else if (store.welcome()) {
            showWelcome();
        } else {
            navigation.setDisable(false);
            menu.setStoreReady(true);
            showSection(lastSection(), null);
        }
        reportStartup();
    }

    private void storeFailed(Throwable error) {
        LOG.warn("Store could not be opened", error);
        statusBar.setMessage(i18n.t("app.store.unavailable"));
        String key = ErrorMessages.unwrap(error) instanceof AppException app ? app.messageKey() : "";
        if (DAMAGED.contains(key)) {
            content.getChildren().setAll(safety.recoveryScreen(error, this::openStore, RelaisApp::exit));
            return;
        }
        Label message = showStoreError(new ErrorMessages(i18n).describe(error));
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

    private Label showStoreError(String text) {
        Label message = new Label(text);
        message.setWrapText(true);
        message.setMaxWidth(560);
        message.getStyleClass().add("store-error");
        message.setId("store-error-message");
        Button retry = new Button(i18n.t("app.store.retry"));
        retry.setDefaultButton(true);
        retry.setOnAction(e -> openStore());
        Button quit = new Button(i18n.t("app.menu.quit"));
        quit.setOnAction(e -> RelaisApp.exit());
        FontIcon icon = new FontIcon(Material2OutlinedAL.ERROR_OUTLINE);
        icon.getStyleClass().add("empty-state-icon");
        javafx.scene.layout.HBox buttons = new javafx.scene.layout.HBox(8, retry, quit);
        buttons.setAlignment(Pos.CENTER);
        VBox box = new VBox(16, icon, message, buttons);
        box.setAlignment(Pos.CENTER);
        box.setId("store-error");
        content.getChildren().setAll(box);
        return message;
    }

    private void showBusyAfter(Duration delay, String text) {
        busyDelay.stop();
        if (delay.lessThanOrEqualTo(Duration.ZERO)) {
            showBusy(text);
            return;
        }
        content.getChildren().clear();
        busyDelay.setDuration(delay);
        busyDelay.setOnFinished(e -> showBusy(text));
        busyDelay.playFromStart();
    }

    private void showBusy(String text) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(48, 48);
        Label label = new Label(text);
        VBox box = new VBox(12, spinner, label);
        box.setAlignment(Pos.CENTER);
        content.getChildren().setAll(box);
    }

    private void showWelcome() {
        navigation.setDisable(true);
        menu.setStoreReady(false);
        WelcomeView welcome = new WelcomeView(i18n, this::startWithExample, this::startEmpty);
        content.getChildren().setAll(welcome.node());
    }

    private void startWithExample() {
        showBusy(i18n.t("app.welcome.loading"));
        tasks.job(i18n.t("app.welcome.loading"), progress -> {
                    relais.demoLoader().load();
                    return null;
                })
                .onSuccess(r -> {
                    refreshBanner();
                    enterApplication(SectionId.DASHBOARD);
                })
                .onFailure(error -> {
                    dialogs.showError(error);
                    showWelcome();
                })
                .start();
    }

    private void startEmpty() {
        tasks.job(i18n.t("app.welcome.title"), progress -> {
                    relais.storeSettings().put(fr.cress.relais.db.AppSettingsRepository.INITIALISED, "true");
                    return null;
                })
                .onSuccess(r -> enterApplication(SectionId.PARTNERS))
                .start();
    }

    private void enterApplication(SectionId first) {
        navigation.setDisable(false);
        menu.setStoreReady(true);
        sections.invalidateAll();
        showSection(first, null);
    }

    private void refreshBanner() {
        showBanner(locations.demo() || (relais != null && relais.holdsExampleData()));
    }

    private void showBanner(boolean example) {
        exampleBanner.setVisible(example);
        exampleBanner.setManaged(example);
    }

    private SectionId lastSection() {
        return settings.get("window.section")
                .flatMap(name -> java.util.Arrays.stream(SectionId.values()).filter(s -> s.name().equals(name)).findFirst())
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

    void showAbout() {
        new AboutDialog(i18n, stage).showAndWait();
    }

    void toggleTheme(boolean dark) {
        settings.put(RelaisApp.THEME_DARK, Boolean.toString(dark));
        RelaisApp.applyTheme(dark);
    }

    boolean darkTheme() {
        return settings.getBoolean(RelaisApp.THEME_DARK, false);
    }

    void backupNow() {
        if (onSharedStore("common.server.noBackup")) {
            return;
        }
        safety.backupNow();
    }

    void restoreBackup() {
        if (onSharedStore("common.server.h2Only")) {
            return;
        }
        if (sections == null || sections.canLeave()) {
            safety.restoreBackup();
        }
    }

    void chooseHistoryName() {
        if (relais != null) {
            HistoryName.choose(i18n, settings, relais.store().actingUser(), stage);
        }
    }

    /** Backup and restore work on the embedded store's file: on a shared store they are refused in French. */
    private boolean onSharedStore(String messageKey) {
        if (relais == null || relais.store().embedded()) {
            return false;
        }
        dialogs.showInfo(i18n.t("app.server.title"), i18n.t(messageKey, relais.store().description()));
        return true;
    }

    void requestQuit() {
        if (sections == null || sections.canLeave()) {
            RelaisApp.exit();
        }
    }

    /** Called by the application on exit: saves the window state, backs the store up and closes it. */
    void close() {
        WindowState.save(stage, settings);
        start.discardEarly();
        stopListening();
        if (relais != null) {
            relais.closeWithBackup();
            relais = null;
        }
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

    /** The window as the backup and restore screens see it. */
    private final class Host implements SafetyHost {
        @Override
        public Optional<Store> store() {
            return Optional.ofNullable(relais).map(Relais::store);
        }

        @Override
        public Optional<AutoCloseable> releaseStore() {
            stopListening();
            navigation.setDisable(true);
            menu.setStoreReady(false);
            sections = null;
            showBusy(i18n.t("safety.restore.busy"));
            Relais released = relais;
            relais = null;
            return Optional.ofNullable(released);
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
        return relais;
    }

    /** With -Drelais.startupProbe=true: prints the time from JVM start to a usable window, then quits. */
    private void reportStartup() {
        StartupTrace.mark("first section shown");
        Platform.runLater(navigation::addTooltips); // not needed before the pointer rests on a button
        if (Boolean.getBoolean("relais.startupProbe")) {
            System.out.println("STARTUP_MS=" + StartupTrace.sinceJvmStart());
            RelaisApp.exit();
        }
    }
}
