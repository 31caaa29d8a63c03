package fr.cress.relais.partners.ui;

import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The section's tabs, each built the first time it is chosen (its list, filter, toolbar, menus), and only the
 * chosen tab's content in the scene: opening the section builds, styles and lays out the first tab alone. The tab
 * headers (text, id) are there from the start.
 */
final class TabsOnDemand {

    private final TabPane pane;
    private final Map<Tab, Function<Tab, PartnersTab>> factories = new HashMap<>();
    private final Map<Tab, PartnersTab> built = new HashMap<>();
    private final Map<Tab, Node> contents = new HashMap<>();

    TabsOnDemand(TabPane pane) {
        this.pane = pane;
        pane.getSelectionModel().selectedItemProperty().addListener((o, before, chosen) -> show(chosen));
    }

    /** Adds a tab whose content {@code factory} builds (into the tab given) when the tab is first chosen. */
    Tab add(String id, String text, Function<Tab, PartnersTab> factory) {
        Tab tab = new Tab(text);
        tab.setId(id);
        tab.setClosable(false);
        factories.put(tab, factory);
        pane.getTabs().add(tab);
        if (pane.getSelectionModel().getSelectedItem() == tab) {
            show(tab);
        }
        return tab;
    }

    /** The tab's content, built now if it was not yet. */
    PartnersTab get(Tab tab) {
        PartnersTab content = built.get(tab);
        if (content == null) {
            content = factories.get(tab).apply(tab);
            built.put(tab, content);
            contents.put(tab, tab.getContent());
            if (tab != pane.getSelectionModel().getSelectedItem()) {
                tab.setContent(null);
            }
        }
        return content;
    }

    /** The tab chosen now, built. */
    PartnersTab current() {
        return get(pane.getSelectionModel().getSelectedItem());
    }

    /** The tabs built so far (the others hold nothing: no edits, nothing to save). */
    List<PartnersTab> built() {
        return new ArrayList<>(built.values());
    }

    private void show(Tab chosen) {
        if (chosen != null) {
            get(chosen);
        }
        for (Tab tab : pane.getTabs()) {
            tab.setContent(tab == chosen ? contents.get(tab) : null);
        }
    }
}
