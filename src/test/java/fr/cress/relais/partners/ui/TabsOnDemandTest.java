package fr.cress.relais.partners.ui;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A tab of the section is built the first time it is chosen, once; only the chosen tab's content is in the scene. */
class TabsOnDemandTest {

    private final FxRobot robot = new FxRobot();
    private final List<String> builds = new ArrayList<>();
    private TabPane pane;
    private TabsOnDemand tabs;
    private Tab first;
    private Tab second;
    private Tab third;

    @BeforeEach
    void open() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            pane = new TabPane();
            tabs = new TabsOnDemand(pane);
            first = tabs.add("first", "Premier", tab -> built(tab, "first"));
            second = tabs.add("second", "Deuxième", tab -> built(tab, "second"));
            third = tabs.add("third", "Troisième", tab -> built(tab, "third"));
            stage.setScene(new Scene(pane, 600, 400));
            stage.show();
        });
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    private PartnersTab built(Tab tab, String name) {
        builds.add(name);
        tab.setContent(new Label(name));
        return new PartnersTab() {
            @Override
            public Tab tab() {
                return tab;
            }

            @Override
            public void create() {
            }

            @Override
            public void save() {
            }

            @Override
            public void focusFilter() {
            }

            @Override
            public boolean canLeave() {
                return true;
            }
        };
    }

    @Test
    void onlyTheFirstTabIsBuiltUntilAnotherIsChosen() {
        assertThat(builds).containsExactly("first");
        assertThat(pane.getTabs()).extracting(Tab::getText).containsExactly("Premier", "Deuxième", "Troisième");
        assertThat(pane.getTabs()).extracting(Tab::getId).containsExactly("first", "second", "third");
        assertThat(second.getContent()).isNull();
        assertThat(third.getContent()).isNull();
        assertThat(tabs.built()).extracting(PartnersTab::tab).containsExactly(first);
    }

    @Test
    void aTabChosenIsBuiltOnceAndAloneInTheScene() {
        robot.interact(() -> pane.getSelectionModel().select(third));

        assertThat(builds).containsExactly("first", "third");
        assertThat(((Label) third.getContent()).getText()).isEqualTo("third");
        assertThat(first.getContent()).isNull();

        robot.interact(() -> pane.getSelectionModel().select(first));
        robot.interact(() -> pane.getSelectionModel().select(third));

        assertThat(builds).containsExactly("first", "third");
        assertThat(((Label) third.getContent()).getText()).isEqualTo("third");
        assertThat(first.getContent()).isNull();
        assertThat(tabs.current().tab()).isSameAs(third);
    }

    @Test
    void aTabAskedForBeforeBeingChosenIsBuiltButLeftOutOfTheScene() {
        robot.interact(() -> {
            tabs.get(second);
        });

        assertThat(tabs.built()).extracting(PartnersTab::tab).contains(second);
        assertThat(builds).containsExactly("first", "second");
        assertThat(second.getContent()).isNull();

        robot.interact(() -> pane.getSelectionModel().select(second));
        assertThat(builds).containsExactly("first", "second");
        assertThat(((Label) second.getContent()).getText()).isEqualTo("second");
    }
}
