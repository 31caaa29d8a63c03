package fr.cress.relais.holders;

import fr.cress.relais.app.Relais;
import fr.cress.relais.common.feature.SectionId;
import fr.cress.relais.territory.MapOverlayPoint;
import fr.cress.relais.territory.MapOverlaySource;
import fr.cress.relais.territory.ServiceKind;
import fr.cress.relais.territory.TerritoryCoverage;
import fr.cress.relais.territory.TerritoryLevel;
import fr.cress.relais.testing.TestStores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The holders' layer of the map, as the territory feature receives it from the composition root. */
class HoldersMapOverlayTest {

    private static final String CARENTAN = "50099";

    @TempDir
    static Path dir;
    static Relais relais;
    static MapOverlaySource overlay;
    static List<MapOverlayPoint> points;

    @BeforeAll
    static void open() {
        relais = TestStores.demoRelais(dir);
        overlay = relais.territory().overlays().stream().filter(o -> o.key().equals("holders")).findFirst().orElseThrow();
        points = overlay.points(TerritoryLevel.COMMUNE);
    }

    @AfterAll
    static void close() {
        relais.close();
    }

    @Test
    void everyExampleHolderWithACommuneIsDrawnOnceAtItsCommune() {
        long withCommune = relais.holders().holders().rows().stream().filter(r -> r.communeCode() != null).count();
        assertThat(points.stream().mapToInt(MapOverlayPoint::count).sum()).isEqualTo(withCommune).isGreaterThan(40);
        assertThat(points).extracting(MapOverlayPoint::code).doesNotHaveDuplicates();
        assertThat(points).allSatisfy(p -> {
            assertThat(p.lat()).isBetween(48.1, 49.8);
            assertThat(p.lon()).isBetween(-2.0, 1.0);
            assertThat(p.target()).isEqualTo(HolderPlace.commune(p.code(), p.name()));
        });
        assertThat(overlay.label()).isEqualTo("Porteurs de projet");
        assertThat(overlay.section()).isEqualTo(SectionId.HOLDERS);
    }

    @Test
    void aHolderWithoutMicrocreditOfferIsFlaggedWhereTheGapListHasItsCommune() {
        List<TerritoryCoverage> gaps = relais.territory().coverage()
                .gaps(TerritoryLevel.COMMUNE, Set.of(ServiceKind.MICROCREDIT));
        assertThat(gaps).extracting(g -> g.territory().code()).contains("50099");

        MapOverlayPoint carentan = point("50099");
        assertThat(carentan.gap()).isTrue();
        assertThat(carentan.tooltip()).startsWith("Carentan-les-Marais\n")
                .containsPattern("\\d porteurs? de projet — besoins\u202f: .*microcrédit.*\\(\\d sans offre sur place\\)")
                .contains("Sans offre sur place\u202f: microcrédit").endsWith("Cliquez pour voir ces porteurs.");
    }

    @Test
    void everyPointIsFlaggedExactlyWhenTheGapListHasItsCommuneForOneOfItsHoldersNeeds() {
        Map<String, Set<String>> gapsByNeed = new HashMap<>();
        int covered = 0;
        for (HolderLocation location : relais.holders().locations()) {
            boolean expected = location.needs().keySet().stream().anyMatch(need -> gapsByNeed.computeIfAbsent(need,
                    k -> relais.territory().coverage().gaps(TerritoryLevel.COMMUNE, new Need(k).services()).stream()
                            .map(g -> g.territory().code()).collect(Collectors.toSet())).contains(location.communeCode()));
            MapOverlayPoint point = point(location.communeCode());
            assertThat(point.gap()).as(location.communeName()).isEqualTo(expected);
            assertThat(point.tooltip().contains("sans offre sur place")).isEqualTo(expected);
            covered += expected ? 0 : 1;
        }
        assertThat(covered).as("communes where every need meets an offer").isPositive();
        assertThat(points).filteredOn(MapOverlayPoint::gap).isNotEmpty();
        assertThat(point("14118").tooltip()).startsWith("Caen\n" + point("14118").count() + " porteurs de projet — besoins\u202f: ");
    }

    @Test
    void atDepartmentAndEpciLevelTheHoldersOfEachTerritoryAreAddedUpAtItsCentre() {
        HolderStatistics stats = relais.holders().statistics(2000, 2030);
        List<MapOverlayPoint> departements = overlay.points(TerritoryLevel.DEPARTEMENT);
        assertThat(departements).hasSize(stats.byDepartement().rows().size());
        for (CountTable.Row row : stats.byDepartement().rows()) {
            MapOverlayPoint p = departements.stream().filter(d -> d.name().equals(row.label())).findFirst().orElseThrow();
            assertThat(p.count()).as(row.label()).isEqualTo(row.total());
            HolderPlace place = (HolderPlace) p.target();
            assertThat(place.level()).isEqualTo(TerritoryLevel.DEPARTEMENT);
            assertThat(points).filteredOn(c -> c.code().startsWith(p.code())).isNotEmpty()
                    .allSatisfy(c -> assertThat(place.contains(c.code())).isTrue());
        }
        MapOverlayPoint manche = departements.stream().filter(d -> d.code().equals("50")).findFirst().orElseThrow();
        assertThat(manche.gap()).isTrue();
        assertThat(manche.tooltip()).startsWith("Manche\n").contains("Sans offre sur place\u202f: ").contains("microcrédit");

        List<MapOverlayPoint> epcis = overlay.points(TerritoryLevel.EPCI);
        assertThat(epcis.stream().mapToInt(MapOverlayPoint::count).sum())
                .isEqualTo(points.stream().mapToInt(MapOverlayPoint::count).sum());
        MapOverlayPoint carentanEpci = epcis.stream().filter(p -> ((HolderPlace) p.target()).contains(CARENTAN))
                .findFirst().orElseThrow();
        assertThat(carentanEpci.count()).isGreaterThanOrEqualTo(point(CARENTAN).count());
        assertThat(carentanEpci.gap()).isTrue();
    }

    private static MapOverlayPoint point(String code) {
        return points.stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
    }
}
