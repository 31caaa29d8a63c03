package fr.cress.relais.app;

import fr.cress.relais.common.feature.SectionId;
import fr.cress.relais.common.i18n.I18n;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The menu bar, with mnemonics and accelerators: every section and command is reachable by keyboard.
 * The first frame shows only the menus' titles as plain labels (a menu bar costs a good part of the window's first
 * styling); the real bar replaces them once the window is usable ({@link #install}). The accelerators answer
 * from the first frame on.
 */
final class MainMenu {

    private final List<Menu> menus = new ArrayList<>();
    private final List<MenuItem> needStore = new ArrayList<>();
    private final HBox titles = new HBox();
    private MenuBar bar;

    MainMenu(I18n i18n, WindowCommands commands, BiConsumer<SectionId, Object> show) {
        menus.add(file(i18n, commands, show));
        menus.add(view(i18n, commands, show));
        Menu help = new Menu(i18n.t("app.menu.help"));
        MenuItem about = item(i18n.t("app.menu.about"), commands::showAbout);
        about.setId("menu-about");
        help.getItems().add(about);
        menus.add(help);
        setStoreReady(false);
        titles.getStyleClass().addAll("menu-bar", "menu-bar-titles");
        HBox container = new HBox();
        container.getStyleClass().add("container");
        menus.forEach(m -> container.getChildren().add(title(m)));
        titles.getChildren().add(container);
    }

    private Menu file(I18n i18n, WindowCommands commands, BiConsumer<SectionId, Object> show) {
        Menu file = new Menu(i18n.t("app.menu.file"));
        MenuItem exports = item(i18n.t("app.menu.exports"), () -> show.accept(SectionId.EXPORTS, null));
        exports.setAccelerator(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
        needStore.add(exports);
        MenuItem backup = item(i18n.t("safety.menu.backup"), commands::backupNow);
        backup.setId("menu-backup");
        needStore.add(backup);
        MenuItem restore = item(i18n.t("safety.menu.restore"), commands::restoreBackup);
        restore.setId("menu-restore");
        needStore.add(restore);
        MenuItem historyName = item(i18n.t("team.settings.menu"), commands::chooseHistoryName);
        historyName.setId("menu-history-name");
        needStore.add(historyName);
        MenuItem sharedStore = item(i18n.t("app.menu.sharedStore"), commands::chooseSharedStore);
        sharedStore.setId("menu-shared-store");
        MenuItem quit = item(i18n.t("app.menu.quit"), commands::requestQuit);
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        file.getItems().addAll(exports, new SeparatorMenuItem(), backup, restore, new SeparatorMenuItem(), historyName,
                sharedStore, new SeparatorMenuItem(), quit);
        return file;
    }

    private Menu view(I18n i18n, WindowCommands commands, BiConsumer<SectionId, Object> show) {
        Menu view = new Menu(i18n.t("app.menu.view"));
        KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5,
                KeyCode.DIGIT6, KeyCode.DIGIT7};
        for (SectionId id : SectionId.values()) {
            MenuItem go = item(i18n.label(id), () -> show.accept(id, null));
            go.setAccelerator(new KeyCodeCombination(digits[id.ordinal()], KeyCombination.SHORTCUT_DOWN));
            needStore.add(go);
            view.getItems().add(go);
        }
        CheckMenuItem dark = new CheckMenuItem(i18n.t("app.menu.darkTheme"));
        dark.setSelected(commands.darkTheme());
        dark.setOnAction(e -> commands.toggleTheme(dark.isSelected()));
        view.getItems().addAll(new SeparatorMenuItem(), dark);
        return view;
    }

    /** A menu's title as the first frame shows it; pressing it brings the real bar in and opens that menu. */
    private Label title(Menu menu) {
        Label title = new Label(menu.getText().replace("_", ""));
        title.getStyleClass().add("menu-title");
        title.setOnMousePressed(e -> {
            install();
            openOnceInPlace(menu);
        });
        return title;
    }

    /** Opens the menu once the bar has its skin and has been laid out (the pulse after it entered the scene). */
    private void openOnceInPlace(Menu menu) {
        if (bar == null) {
            return;
        }
        if (bar.getSkin() != null) {
            menu.show();
            return;
        }
        bar.skinProperty().addListener(new InvalidationListener() {
            @Override
            public void invalidated(Observable o) {
                bar.skinProperty().removeListener(this);
                Platform.runLater(menu::show);
            }
        });
    }

    private static MenuItem item(String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(e -> action.run());
        return item;
    }

    /**
     * The accelerators of every item, in the scene from the first frame: they fire the item unless it is disabled,
     * as the menu bar does once in place (its own then replace these, to the same effect).
     */
    void addAccelerators(Scene scene) {
        for (Menu menu : menus) {
            for (MenuItem item : menu.getItems()) {
                if (item.getAccelerator() != null) {
                    scene.getAccelerators().put(item.getAccelerator(), () -> {
                        if (!item.isDisable()) {
                            item.fire();
                        }
                    });
                }
            }
        }
    }

    /** Replaces the titles of the first frame by the real menu bar (once). */
    void install() {
        if (bar != null || !(titles.getParent() instanceof Pane parent)) {
            return;
        }
        bar = new MenuBar();
        bar.getMenus().addAll(menus);
        bar.setUseSystemMenuBar(true);
        parent.getChildren().set(parent.getChildren().indexOf(titles), bar);
    }

    void setStoreReady(boolean ready) {
        needStore.forEach(i -> i.setDisable(!ready));
    }

    /** What the first frame shows: the menus' titles. */
    Node node() {
        return titles;
    }
}
