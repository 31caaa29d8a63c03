package fr.cress.relais.common.ui;

import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Keeps only the chosen tab's content in the scene (hidden tabs are neither styled nor laid out), and makes a
 * tab's content the first time the tab is chosen. Tabs without a maker keep the content they were given.
 * Install once every tab is added.
 */
public final class TabsBuiltWhenChosen {

    private TabsBuiltWhenChosen() {
    }

    public static void install(TabPane pane, Map<Tab, Supplier<Node>> makers) {
        Map<Tab, Node> made = new HashMap<>();
        pane.getTabs().forEach(tab -> {
            if (!makers.containsKey(tab)) {
                made.put(tab, tab.getContent());
            }
        });
        show(pane, makers, made, pane.getSelectionModel().getSelectedItem());
        pane.getSelectionModel().selectedItemProperty().addListener((o, before, chosen) -> show(pane, makers, made, chosen));
    }

    private static void show(TabPane pane, Map<Tab, Supplier<Node>> makers, Map<Tab, Node> made, Tab chosen) {
        for (Tab tab : pane.getTabs()) {
            if (tab != chosen) {
                tab.setContent(null);
            }
        }
        if (chosen != null) {
            chosen.setContent(made.computeIfAbsent(chosen, tab -> makers.get(tab).get()));
        }
    }
}
