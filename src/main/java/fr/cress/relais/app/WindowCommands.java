package fr.cress.relais.app;

import fr.cress.relais.common.concurrent.FxTaskRunner;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.settings.StoreChoice;
import fr.cress.relais.common.settings.UiSettings;
import fr.cress.relais.common.ui.FxDialogService;
import fr.cress.relais.safety.SafetyUi;
import javafx.stage.Stage;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** What the menus do besides showing a section: backups, history name, shared store, theme, about, quit. */
final class WindowCommands {

    private final Stage stage;
    private final I18n i18n;
    private final UiSettings settings;
    private final FxTaskRunner tasks;
    private final FxDialogService dialogs;
    private final StoreStart start;
    private final SafetyUi safety;
    private final Supplier<Relais> relais;
    private final BooleanSupplier canLeave;

    WindowCommands(Stage stage, I18n i18n, UiSettings settings, FxTaskRunner tasks, FxDialogService dialogs,
                   StoreStart start, SafetyUi safety, Supplier<Relais> relais, BooleanSupplier canLeave) {
        this.stage = stage;
        this.i18n = i18n;
        this.settings = settings;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.start = start;
        this.safety = safety;
        this.relais = relais;
        this.canLeave = canLeave;
    }

    void backupNow() {
        if (!onSharedStore("common.server.noBackup")) {
            safety.backupNow();
        }
    }

    void restoreBackup() {
        if (!onSharedStore("common.server.h2Only") && canLeave.getAsBoolean()) {
            safety.restoreBackup();
        }
    }

    /** Backup and restore work on the embedded store's file: on a shared store they are refused in French. */
    private boolean onSharedStore(String messageKey) {
        Relais open = relais.get();
        if (open == null || open.store().embedded()) {
            return false;
        }
        dialogs.showInfo(i18n.t("app.server.title"), i18n.t(messageKey, open.store().description()));
        return true;
    }

    void chooseHistoryName() {
        Relais open = relais.get();
        if (open != null) {
            HistoryName.choose(i18n, settings, open.store().actingUser(), stage);
        }
    }

    /** Fichier > Base partagée (PostgreSQL)…: the choice applies at the next start. */
    void chooseSharedStore() {
        SharedStoreDialog dialog = new SharedStoreDialog(i18n, stage, tasks, StoreChoice.of(start.locations()),
                start.credentials());
        if (dialog.showAndWait().orElse(false)) {
            dialogs.showInfo(i18n.t("app.server.savedTitle"), dialog.savedMessage());
        }
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

    void requestQuit() {
        if (canLeave.getAsBoolean()) {
            RelaisApp.exit();
        }
    }
}
