package fr.cress.relais.territory.ui;

import fr.cress.relais.app.Relais;
import fr.cress.relais.common.concurrent.CurrentThreadTaskRunner;
import fr.cress.relais.common.feature.DataEvents;
import fr.cress.relais.common.feature.UiContext;
import fr.cress.relais.common.settings.UiSettings;
import fr.cress.relais.partners.LegalForm;
import fr.cress.relais.partners.Organisation;
import fr.cress.relais.partners.OrganisationKind;
import fr.cress.relais.territory.CoverageService;
import fr.cress.relais.testing.FailingDialogs;
import fr.cress.relais.testing.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The markers and the departments under the coverage: read once, kept, read again only after a change of what
 * they show (organisations, contours), each part alone.
 */
class MapLayersTest {

    @TempDir
    Path dir;
    private Relais relais;
    private MapLayers layers;

    @BeforeEach
    void open() {
        relais = TestStores.demoRelais(dir);
        UiContext ui = new UiContext(relais.core().i18n(), new FailingDialogs(), new CurrentThreadTaskRunner(),
                UiSettings.inMemory(), (section, target) -> { }, new DataEvents());
        layers = new MapLayers(ui, relais.territory().coverage(), relais.territory().contours());
    }

    @AfterEach
    void close() {
        relais.close();
    }

    private List<OrganisationMarker> plainMarkers() {
        CoverageService coverage = relais.territory().coverage();
        return OrganisationMarker.placed(coverage.communes(), coverage.organisations());
    }

    @Test
    void bothPartsAreReadOnceThenKeptWhileNothingChanged() {
        assertThat(layers.markers().get()).isNull();
        assertThat(layers.backdrop().get()).isNull();

        layers.load();
        List<OrganisationMarker> markers = layers.markers().get();
        ShapeCache backdrop = layers.backdrop().get();
        assertThat(markers).hasSizeGreaterThan(10).isEqualTo(plainMarkers());
        assertThat(backdrop).isNotNull();
        assertThat(layers.loading().get()).isFalse();

        layers.load();
        assertThat(layers.markers().get()).as("not read again").isSameAs(markers);
        assertThat(layers.backdrop().get()).as("not read again").isSameAs(backdrop);
    }

    @Test
    void aChangeOfOrganisationsReadsTheMarkersAgainAndKeepsTheDepartments() {
        layers.load();
        ShapeCache backdrop = layers.backdrop().get();
        int before = layers.markers().get().size();
        relais.partners().partners().save(new Organisation(null, "Coopérative du Bessin", "CB",
                OrganisationKind.SSE_ENTERPRISE, LegalForm.ASSOCIATION, null, "14400", "Bayeux", "14047", null, null,
                null, List.of(), null, 0, null));

        layers.load();
        assertThat(layers.markers().get()).as("not told of the change yet").hasSize(before);
        layers.changed(MapLayers.Part.MARKERS);
        layers.load();
        assertThat(layers.markers().get()).hasSize(before + 1).isEqualTo(plainMarkers())
                .anyMatch(m -> m.organisation().name().equals("Coopérative du Bessin"));
        assertThat(layers.backdrop().get()).isSameAs(backdrop);
    }

    @Test
    void aChangeOfContoursReadsTheDepartmentsAgainAndKeepsTheMarkers() {
        layers.load();
        List<OrganisationMarker> markers = layers.markers().get();
        ShapeCache backdrop = layers.backdrop().get();

        layers.changed(MapLayers.Part.BACKDROP);
        layers.load();
        assertThat(layers.backdrop().get()).isNotSameAs(backdrop);
        assertThat(layers.markers().get()).isSameAs(markers);
    }
}
