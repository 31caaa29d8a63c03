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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The map's holders counted in the store per commune and set of needs ({@link DemandService#locations()}) give
 * exactly what reading every holder gives: same communes, counts, needs, gaps and points at every level.
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

    /** The plain computation: every holder read, grouped by commune, its needs counted one by one. */
    private List<HolderLocation> readOneByOne() {
        DemandService demand = new DemandService(relais.holders().core(), relais.holders().territory().coverage());
        Map<String, CommuneRef> byCode = new CommuneDirectory(relais.holders().territory().coverage()).byCode();
        List<Holder> holders = new HolderRepository(relais.holders().core().dsl()).all();
        Map<String, List<Holder>> byCommune = holders.stream().filter(h -> byCode.containsKey(h.communeCode()))
                .collect(Collectors.groupingBy(Holder::communeCode, TreeMap::new, Collectors.toList()));
        Map<String, Set<String>> gaps = demand.gaps(holders.stream().flatMap(h -> h.needs().stream())
                .collect(Collectors.toSet()));
        List<HolderLocation> result = new ArrayList<>();
        byCommune.forEach((code, list) -> {
            CommuneRef c = byCode.get(code);
            Map<String, Long> needs = list.stream().flatMap(h -> h.needs().stream())
                    .collect(Collectors.groupingBy(k -> k, TreeMap::new, Collectors.counting()));
            List<String> uncovered = needs.keySet().stream().filter(k -> gaps.get(k).contains(code)).toList();
            int withGap = (int) list.stream().filter(h -> h.needs().stream().anyMatch(uncovered::contains)).count();
            result.add(new HolderLocation(code, c.name(), c.lat(), c.lon(), list.size(), needs, uncovered, withGap));
        });
        return result;
    }

    @Test
    void theCountsOfTheExampleAreThoseOfEveryHolderReadOneByOne() {
        assertThat(relais.holders().locations()).hasSizeGreaterThan(10).isEqualTo(readOneByOne());
    }

    @Test
    void holdersWithoutNeedsWithoutCommuneOrDeletedAreCountedAsWhenReadOneByOne() {
        HolderService holders = relais.holders().holders();
        holders.save(HolderFixtures.person("Aline Sansbesoin", "50099", MET));
        holders.save(HolderFixtures.person("Bruno Nullepart", null, MET, "financement"));
        long deleted = holders.save(HolderFixtures.person("Denis Corbeille", "50099", MET, "microcredit", "statuts"));
        holders.delete(deleted, holders.get(deleted).version());
        holders.save(HolderFixtures.person("Élise Deuxbesoins", "50099", MET, "statuts", "microcredit"));

        assertThat(relais.holders().locations()).isEqualTo(readOneByOne());
        HolderLocation carentan = relais.holders().locations().stream().filter(l -> l.communeCode().equals("50099"))
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
