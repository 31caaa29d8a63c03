package fr.cress.relais.territory;

import fr.cress.relais.app.Relais;
import fr.cress.relais.testing.TestStores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The coverage API on the example programme: who covers a commune, the nearest offers, commune facts. */
class CoverageServiceTest {

    @TempDir
    static Path dir;
    static Relais relais;
    static CoverageService coverage;

    @BeforeAll
    static void open() {
        relais = TestStores.demoRelais(dir);
        coverage = relais.territory().coverage();
    }

    @AfterAll
    static void close() {
        relais.close();
    }

    @Test
    void caenIsCoveredForCreationByItsEpciBeforeTheDepartment() {
        List<CoveringOffer> offers = coverage.offersCovering("14118", Set.of(ServiceKind.CREATION));

        assertThat(offers).extracting(CoveringOffer::shortName).containsExactly("ARDES", "UREI", "URSCOP");
        assertThat(offers).extracting(CoveringOffer::level)
                .containsExactly(TerritoryLevel.EPCI, TerritoryLevel.EPCI, TerritoryLevel.DEPARTEMENT);
        CoveringOffer ardes = offers.get(0);
        assertThat(ardes.territoryName()).isEqualTo("CU Caen la Mer");
        assertThat(ardes.organisationName()).startsWith("Association régionale");
        assertThat(ardes.publics()).contains("économie solidaire");
        assertThat(ardes.mainContact()).hasValueSatisfying(c -> {
            assertThat(c.name()).isEqualTo("Sophie Marie");
            assertThat(c.email()).endsWith("@ardes.example.org");
            assertThat(c.phone()).startsWith("02 31");
        });
        assertThat(ardes.communeCode()).isEqualTo("14118");
        assertThat(ardes.distanceKm()).isZero();
    }

    @Test
    void aFamilyKeyStandsForAllItsServices() {
        List<CoveringOffer> funding = coverage.offersCovering("50502", ServiceKind.resolve("financement"));

        assertThat(funding).extracting(o -> o.service().family()).containsOnly(ServiceFamily.FINANCEMENT);
        assertThat(funding).extracting(o -> o.shortName() + " " + o.service().key())
                .contains("BNA garantie", "BNA fonds-propres", "Fondation MACIF subvention")
                .noneMatch(s -> s.contains("microcredit"));
    }

    @Test
    void aCommuneInAZoneIsCoveredThroughTheZone() {
        List<CoveringOffer> offers = coverage.offersCovering("61001", Set.of(ServiceKind.EMERGENCE));

        assertThat(offers).singleElement().satisfies(o -> {
            assertThat(o.shortName()).isEqualTo("Territoires etc.");
            assertThat(o.level()).isEqualTo(TerritoryLevel.ZONE);
            assertThat(o.territoryName()).isEqualTo("Pays d’Alençon");
        });
    }

    @Test
    void aCommuneLevelOfferComesFirst() {
        long cress = coverage.organisations().stream().filter(o -> "CRESS".equals(o.acronym())).findFirst().orElseThrow().id();
        relais.store().transaction(dsl -> new OfferRepository(dsl).save(new Offer(0, cress, ServiceKind.COUVEUSE,
                "Test", null, -1, List.of(TerritoryRef.commune("50129"), TerritoryRef.departement("50")))));
        long urscop = coverage.organisations().stream().filter(o -> "URSCOP".equals(o.acronym())).findFirst().orElseThrow().id();
        relais.store().transaction(dsl -> new OfferRepository(dsl).save(new Offer(0, urscop, ServiceKind.COUVEUSE,
                null, null, -1, List.of(TerritoryRef.departement("50")))));

        List<CoveringOffer> offers = coverage.offersCovering("50129", Set.of(ServiceKind.COUVEUSE));

        assertThat(offers).extracting(CoveringOffer::shortName, CoveringOffer::level).containsExactly(
                org.assertj.core.groups.Tuple.tuple("CRESS", TerritoryLevel.COMMUNE),
                org.assertj.core.groups.Tuple.tuple("URSCOP", TerritoryLevel.DEPARTEMENT));
    }

    @Test
    void nothingCoversAnUnknownCommune() {
        assertThat(coverage.offersCovering("99999", Set.of())).isEmpty();
        assertThat(coverage.nearestOffers("99999", Set.of(), 5)).isEmpty();
        assertThat(coverage.commune("99999")).isEmpty();
    }

    @Test
    void nearestOffersReachOverTheDepartmentBorderWithTheirDistance() {
        // Nobody offers microcredit in the Manche: Saint-Lô gets the nearest offers, in Calvados.
        assertThat(coverage.offersCovering("50502", Set.of(ServiceKind.MICROCREDIT))).isEmpty();

        List<CoveringOffer> nearest = coverage.nearestOffers("50502", Set.of(ServiceKind.MICROCREDIT), 2);

        assertThat(nearest).hasSize(2);
        assertThat(nearest).extracting(CoveringOffer::shortName).containsExactlyInAnyOrder("Crédit Coopératif", "Crédit Mutuel");
        assertThat(nearest).allSatisfy(o -> {
            assertThat(o.distanceKm()).isBetween(5.0, 60.0);
            assertThat(o.communeCode()).startsWith("14");
            assertThat(o.level()).isEqualTo(TerritoryLevel.DEPARTEMENT);
        });
        assertThat(nearest.get(0).distanceKm()).isLessThanOrEqualTo(nearest.get(1).distanceKm());
    }

    @Test
    void nearestOffersStartWithTheCommuneItself() {
        List<CoveringOffer> nearest = coverage.nearestOffers("14118", Set.of(ServiceKind.CREATION), 10);

        assertThat(nearest).extracting(CoveringOffer::shortName).startsWith("ARDES", "UREI", "URSCOP");
        assertThat(nearest.subList(0, 3)).allSatisfy(o -> assertThat(o.distanceKm()).isZero());
    }

    @Test
    void communeInfo() {
        CommuneInfo caen = coverage.commune("14118").orElseThrow();

        assertThat(caen.name()).isEqualTo("Caen");
        assertThat(caen.population()).isEqualTo(109_400);
        assertThat(caen.epciCode()).isEqualTo("200065597");
        assertThat(caen.epciName()).isEqualTo("CU Caen la Mer");
        assertThat(caen.departementCode()).isEqualTo("14");
        assertThat(caen.lat()).isEqualTo(49.18585);
        assertThat(caen.lon()).isEqualTo(-0.35912);
        assertThat(caen.approx()).isFalse();
        assertThat(coverage.commune("14003").orElseThrow().approx()).isTrue();
    }

    @Test
    void theSnapshotsCommunesAreTheReferencesCommunes() {
        assertThat(coverage.snapshotCommunes()).containsExactlyElementsOf(coverage.communes());
    }
}
