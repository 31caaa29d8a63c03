package fr.cress.relais.territory.ui;

import fr.cress.relais.app.Relais;
import fr.cress.relais.territory.CoverageService;
import fr.cress.relais.territory.ServiceKind;
import fr.cress.relais.territory.TerritoryLevel;
import fr.cress.relais.testing.RelaisAppFixture;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first opening of the « Carte » section: the coverage is shown first, the organisations and the base map
 * follow in the background, the other tabs are built when first chosen; once everything is there, the map
 * shows exactly what the store holds.
 */
class MapOpeningTest {

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

    private record Expected(List<String> markedOrganisations, int gaps, int territories) {
    }

    /** What the map must show, computed from the store the plain way, before the window starts. */
    private Expected expected() {
        try (Relais relais = RelaisAppFixture.openStore(dataDir)) {
            relais.demoLoader().load();
            CoverageService coverage = relais.territory().coverage();
            java.util.Set<String> communes = new java.util.HashSet<>();
            coverage.communes().forEach(c -> communes.add(c.code()));
            List<String> marked = coverage.organisations().stream()
                    .filter(o -> o.communeCode() != null && communes.contains(o.communeCode()))
                    .map(o -> o.name()).sorted().toList();
            var services = ServiceKind.resolve(MapViewModel.DEFAULT_SERVICE);
            return new Expected(marked, coverage.gaps(TerritoryLevel.EPCI, services).size(),
                    coverage.coverage(TerritoryLevel.EPCI, services).size());
        }
    }

    private CoverageLayer layer() {
        return (CoverageLayer) robot.lookup("#coverage-image").query().getParent();
    }

    @Test
    void theCoverageComesFirstThenEveryOrganisationAndTheOtherTabsWhenChosen() throws Exception {
        Expected expected = expected();
        app = RelaisAppFixture.start(dataDir, false);
        RelaisAppFixture.waitFor(robot, ".example-banner");

        robot.clickOn("#nav-map");
        RelaisAppFixture.waitForSection(robot, "map");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#coverage-image").tryQuery().isPresent()
                && layer().drawnSymbols() == expected.territories());
        TabPane tabs = robot.lookup("#section-map").queryAs(TabPane.class);
        assertThat(tabs.getTabs().get(1).getContent()).as("the gap list is built when first chosen").isNull();
        assertThat(robot.lookup("#map-layers-loading").queryAs(Label.class).getText())
                .isEqualTo("Chargement des structures et du fond de carte…");

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> !robot.lookup("#map-layers-loading").queryAs(Label.class).isVisible());
        List<String> marked = layer().drawnMarks().stream().filter(h -> h.owner() instanceof MarkerLayer)
                .map(h -> ((OrganisationMarker) h.mark().item()).organisation().name()).sorted().toList();
        assertThat(marked).as("one marker per organisation with a known commune").isEqualTo(expected.markedOrganisations());
        assertThat(robot.lookup("#map-legend .org-marker").queryAll()).isNotEmpty();

        robot.clickOn("#tab-gaps");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#gaps-table").tryQuery().isPresent());
        TableView<?> gaps = robot.lookup("#gaps-table").queryAs(TableView.class);
        assertThat(gaps.getItems()).as("the same gaps as the coverage service").hasSize(expected.gaps());
        assertThat(robot.lookup("#gaps-summary").queryAs(Label.class).getText()).contains("sur " + expected.territories());
    }
}
