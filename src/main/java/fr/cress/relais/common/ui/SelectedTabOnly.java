package fr.cress.relais.common.ui;

import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

import java.util.HashMap;
import java.util.Map;

/**
 * Keeps only the selected tab's content in the scene: the hidden tabs (tables, forms, lists) are neither styled
 * nor laid out when their section is shown, only when their tab is chosen. Install once every tab is added.
 */
public final class SelectedTabOnly {

    private SelectedTabOnly() {
    }

    public static void install(TabPane pane) {
        Map<Tab, Node> contents = new HashMap<>();
        pane.getTabs().forEach(tab -> contents.put(tab, tab.getContent()));
        show(pane, contents, pane.getSelectionModel().getSelectedItem());
        pane.getSelectionModel().selectedItemProperty().addListener((o, before, chosen) -> show(pane, contents, chosen));
    }

    private static void show(TabPane pane, Map<Tab, Node> contents, Tab chosen) {
        for (Tab tab : pane.getTabs()) {
            tab.setContent(tab == chosen ? contents.get(tab) : null);
        }
    }
}
