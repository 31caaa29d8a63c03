package fr.cress.relais.holders;

import fr.cress.relais.app.Relais;
import fr.cress.relais.territory.MapOverlayPoint;
import fr.cress.relais.territory.TerritoryLevel;
import fr.cress.relais.testing.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The map's holders counted in the store per commune and set of needs give exactly what reading every holder
 * gives ({@link DemandService#locations()}): same communes, counts, needs, gaps and points at every level.
 */
class HolderPlacesTest {

    private static final LocalDate MET = LocalDate.of(2026, 11, 2);

    @TempDir
    Path dir;
    Relais relais;
    HoldersMapOverlay overlay;

    @BeforeEach
    void open() {
        relais = TestStores.demoRelais(dir);
        overlay = relais.holders().mapOverlay();
    }

    @AfterEach
    void close() {
        relais.close();
    }

    @Test
    void theCountsOfTheExampleAreThoseOfEveryHolderReadOneByOne() {
        assertThat(overlay.locations()).hasSizeGreaterThan(10).isEqualTo(relais.holders().locations());
    }

    @Test
    void holdersWithoutNeedsWithoutCommuneOrDeletedAreCountedAsWhenReadOneByOne() {
        HolderService holders = relais.holders().holders();
        holders.save(HolderFixtures.person("Aline Sansbesoin", "50099", MET));
        holders.save(HolderFixtures.person("Bruno Nullepart", null, MET, "financement"));
        long deleted = holders.save(HolderFixtures.person("Denis Corbeille", "50099", MET, "microcredit", "statuts"));
        holders.delete(deleted, holders.get(deleted).version());
        holders.save(HolderFixtures.person("Élise Deuxbesoins", "50099", MET, "statuts", "microcredit"));

        assertThat(overlay.locations()).isEqualTo(relais.holders().locations());
        HolderLocation carentan = overlay.locations().stream().filter(l -> l.communeCode().equals("50099"))
                .findFirst().orElseThrow();
        assertThat(carentan.needs()).containsKeys("statuts", "microcredit");
        assertThat(carentan.holders()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void thePointsOfEveryLevelAddUpTheHoldersOfTheirCommunes() {
        int all = overlay.points(TerritoryLevel.COMMUNE).stream().mapToInt(MapOverlayPoint::count).sum();
        for (TerritoryLevel level : TerritoryLevel.values()) {
            assertThat(overlay.points(level)).extracting(MapOverlayPoint::code).doesNotHaveDuplicates();
        }
        assertThat(overlay.points(TerritoryLevel.EPCI).stream().mapToInt(MapOverlayPoint::count).sum()).isEqualTo(all);
        assertThat(overlay.points(TerritoryLevel.DEPARTEMENT).stream().mapToInt(MapOverlayPoint::count).sum())
                .isEqualTo(all);
    }
}
