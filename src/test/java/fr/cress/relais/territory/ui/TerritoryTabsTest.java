package fr.cress.relais.territory.ui;

import fr.cress.relais.app.Relais;
import fr.cress.relais.territory.ServiceKind;
import fr.cress.relais.territory.TerritoryCoverage;
import fr.cress.relais.territory.TerritoryLevel;
import fr.cress.relais.testing.RelaisAppFixture;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard card, the gap list, the offer editor and the zone editor, driven as a coordinator would. */
class TerritoryTabsTest {

    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    private RelaisAppFixture app;

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.stop();
        }
    }

    /** The same store, opened beside the window (H2 shares a file between connections of one process). */
    private Relais store() {
        return RelaisAppFixture.openStore(dataDir);
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
    }

    @Test
    void theDashboardCardLeadsToTheGapListWhichMatchesTheService() throws Exception {
        app = RelaisAppFixture.start(dataDir, true);
        RelaisAppFixture.waitFor(robot, ".example-banner");
        robot.clickOn("#nav-dashboard");
        RelaisAppFixture.waitFor(robot, "#gaps-card");
        waitUntil(() -> robot.lookup("#gaps-card-summary").tryQuery()
                .map(l -> ((Label) l).getText().contains("sur 40")).orElse(false));
        assertThat(robot.lookup("#gaps-card-summary").queryAs(Label.class).getText())
                .contains("Accompagnement à l’émergence").contains("habitants");
        assertThat(robot.lookup("#gaps-card-list").queryAs(javafx.scene.layout.VBox.class).getChildren()).hasSize(5);
        MapSectionTest.capture(robot, robot.lookup("#section-dashboard").query(), "dashboard");

        RelaisAppFixture.reveal(robot, "#gaps-card-map");
        robot.clickOn("#gaps-card-map");
        RelaisAppFixture.waitForSection(robot, "map");
        robot.clickOn("#tab-gaps");
        waitUntil(() -> !robot.lookup("#gaps-table").queryAs(TableView.class).getItems().isEmpty());

        @SuppressWarnings("unchecked")
        TableView<TerritoryCoverage> table = robot.lookup("#gaps-table").queryAs(TableView.class);
        try (Relais relais = store()) {
            List<String> expected = relais.territory().coverage().gaps(TerritoryLevel.EPCI, Set.of(ServiceKind.EMERGENCE))
                    .stream().map(g -> g.territory().code()).toList();
            assertThat(table.getItems()).extracting(g -> g.territory().code()).containsExactlyElementsOf(expected);
        }
        assertThat(robot.lookup("#gaps-summary").queryAs(Label.class).getText()).contains("sur 40");
        MapSectionTest.capture(robot, robot.lookup("#section-map").query(), "gaps");

        robot.clickOn("#gaps-filter").write("perche");
        waitUntil(() -> table.getItems().size() == 4);
    }

    @Test
    void aServiceAddedInTheOfferEditorCoversItsTerritory() throws Exception {
        app = RelaisAppFixture.start(dataDir, true);
        RelaisAppFixture.waitFor(robot, ".example-banner");
        robot.clickOn("#nav-map");
        RelaisAppFixture.waitForSection(robot, "map");
        robot.clickOn("#tab-offers");
        waitUntil(() -> robot.lookup("#offers-organisations").queryAs(ListView.class).getItems().size() >= 15);
        robot.clickOn("#offers-filter").write("AFIP");
        waitUntil(() -> robot.lookup("#offers-organisations").queryAs(ListView.class).getItems().size() == 1);
        robot.interact(() -> robot.lookup("#offers-organisations").queryAs(ListView.class).getSelectionModel().select(0));
        waitUntil(() -> robot.lookup("#offers-table").queryAs(TableView.class).getItems().size() == 1);
        MapSectionTest.capture(robot, robot.lookup("#section-map").query(), "offers");

        robot.clickOn("#offers-add");
        waitUntil(() -> robot.lookup("#offer-service").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#offer-service").queryAs(ComboBox.class).setValue(ServiceKind.MICROCREDIT));
        robot.clickOn("#offer-territory-search").write("Manche").type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#offer-territory-chosen").queryAs(ListView.class).getItems().size() == 1);
        robot.clickOn("#offer-publics").write("Porteurs de projets ruraux");
        Node dialog = robot.lookup("#offer-service").query().getScene().getRoot();
        MapSectionTest.capture(robot, dialog, "offer-dialog");
        robot.clickOn("Enregistrer");

        waitUntil(() -> robot.lookup("#offers-table").queryAs(TableView.class).getItems().size() == 2);
        try (Relais relais = store()) {
            assertThat(relais.territory().coverage().offersCovering("50502", Set.of(ServiceKind.MICROCREDIT)))
                    .singleElement().satisfies(o -> {
                        assertThat(o.shortName()).isEqualTo("AFIP");
                        assertThat(o.publics()).isEqualTo("Porteurs de projets ruraux");
                    });
        }
    }

    @Test
    void aZoneIsCreatedFromIntercommunalities() throws Exception {
        app = RelaisAppFixture.start(dataDir, true);
        RelaisAppFixture.waitFor(robot, ".example-banner");
        robot.clickOn("#nav-map");
        RelaisAppFixture.waitForSection(robot, "map");
        robot.clickOn("#tab-zones");
        waitUntil(() -> robot.lookup("#zones-list").queryAs(ListView.class).getItems().size() == 5);
        waitUntil(() -> robot.lookup("#zone-name").tryQuery().isPresent());

        robot.clickOn("#zone-name").write("Pays saint-lois");
        robot.clickOn("#zone-member-search").write("saint lo agglo").type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#zone-member-chosen").queryAs(ListView.class).getItems().size() == 1);
        MapSectionTest.capture(robot, robot.lookup("#section-map").query(), "zones");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);

        waitUntil(() -> robot.lookup("#zones-list").queryAs(ListView.class).getItems().size() == 6);
        try (Relais relais = store()) {
            assertThat(relais.territory().zones().zones()).anySatisfy(z -> {
                assertThat(z.name()).isEqualTo("Pays saint-lois");
                assertThat(z.code()).isEqualTo("pays-saint-lois");
                assertThat(z.members()).extracting(m -> m.code()).containsExactly("200066389");
            });
        }
    }
}
