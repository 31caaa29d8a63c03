package fr.cress.relais.app;

import fr.cress.relais.common.feature.SectionId;
import fr.cress.relais.common.i18n.I18n;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import java.util.ArrayList;
import java.util.List;

/** The menu bar, with mnemonics and accelerators: every section and command is reachable by keyboard. */
final class MainMenu {

    private final MenuBar bar = new MenuBar();
    private final List<MenuItem> needStore = new ArrayList<>();

    MainMenu(I18n i18n, MainWindow window) {
        Menu file = new Menu(i18n.t("app.menu.file"));
        MenuItem exports = item(i18n.t("app.menu.exports"), () -> window.showSection(SectionId.EXPORTS, null));
        exports.setAccelerator(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
        needStore.add(exports);
        MenuItem backup = item(i18n.t("safety.menu.backup"), window::backupNow);
        backup.setId("menu-backup");
        needStore.add(backup);
        MenuItem restore = item(i18n.t("safety.menu.restore"), window::restoreBackup);
        restore.setId("menu-restore");
        needStore.add(restore);
        MenuItem historyName = item(i18n.t("team.settings.menu"), window::chooseHistoryName);
        historyName.setId("menu-history-name");
        needStore.add(historyName);
        MenuItem sharedStore = item(i18n.t("app.menu.sharedStore"), window::chooseSharedStore);
        sharedStore.setId("menu-shared-store");
        MenuItem quit = item(i18n.t("app.menu.quit"), window::requestQuit);
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        file.getItems().addAll(exports, new SeparatorMenuItem(), backup, restore, new SeparatorMenuItem(), historyName,
                sharedStore,
                new SeparatorMenuItem(), quit);

        Menu view = new Menu(i18n.t("app.menu.view"));
        KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5,
                KeyCode.DIGIT6, KeyCode.DIGIT7};
        for (SectionId id : SectionId.values()) {
            MenuItem go = item(i18n.label(id), () -> window.showSection(id, null));
            go.setAccelerator(new KeyCodeCombination(digits[id.ordinal()], KeyCombination.SHORTCUT_DOWN));
            needStore.add(go);
            view.getItems().add(go);
        }
        CheckMenuItem dark = new CheckMenuItem(i18n.t("app.menu.darkTheme"));
        dark.setSelected(window.darkTheme());
        dark.setOnAction(e -> window.toggleTheme(dark.isSelected()));
        view.getItems().addAll(new SeparatorMenuItem(), dark);

        Menu help = new Menu(i18n.t("app.menu.help"));
        MenuItem about = item(i18n.t("app.menu.about"), window::showAbout);
        about.setId("menu-about");
        help.getItems().add(about);

        bar.getMenus().addAll(file, view, help);
        bar.setUseSystemMenuBar(true);
        setStoreReady(false);
    }

    private static MenuItem item(String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(e -> action.run());
        return item;
    }

    void setStoreReady(boolean ready) {
        needStore.forEach(i -> i.setDisable(!ready));
    }

    MenuBar bar() {
        return bar;
    }
}
