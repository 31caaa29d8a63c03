package fr.cress.relais.territory;

import fr.cress.relais.app.Relais;
import fr.cress.relais.common.text.Formats;
import fr.cress.relais.partners.LegalForm;
import fr.cress.relais.partners.Organisation;
import fr.cress.relais.partners.OrganisationKind;
import fr.cress.relais.testing.TestStores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The indexed coverage (ranks and bit sets) gives exactly what the plain computation gives (every commune of a
 * territory, every territory holding it, every offer there), on the example store with offers added at every
 * level, structures spelled alike and one in the recycle bin; and it follows every change of the store.
 */
class CoverageIndexTest {

    @TempDir
    static Path dir;
    static Relais relais;
    static CoverageService coverage;

    @BeforeAll
    static void open() {
        relais = TestStores.demoRelais(dir);
        coverage = relais.territory().coverage();
        long adie = organisation("Association pour le droit à l’initiative économique", "ADIE");
        long adieBis = organisation("Adie Normandie", "Adie");
        long gone = organisation("Réseau disparu", "RD");
        offer(adie, ServiceKind.MICROCREDIT, TerritoryRef.commune("14118"), TerritoryRef.commune("50129"));
        offer(adieBis, ServiceKind.MICROCREDIT, TerritoryRef.epci("200065597"));
        offer(adieBis, ServiceKind.COUVEUSE, TerritoryRef.zone("pays-alencon"), TerritoryRef.commune("61001"));
        offer(gone, ServiceKind.CAE, TerritoryRef.departement("14"));
        relais.partners().partners().delete(relais.partners().partners().organisation(gone).orElseThrow());
    }

    @AfterAll
    static void close() {
        relais.close();
    }

    private static long organisation(String name, String acronym) {
        return relais.partners().partners().save(new Organisation(null, name, acronym, OrganisationKind.SUPPORT_NETWORK,
                LegalForm.ASSOCIATION, null, "14000", "Caen", null, null, null, null, List.of(), null, 0, null)).id();
    }

    private static void offer(long organisation, ServiceKind service, TerritoryRef... territories) {
        relais.territory().offers().save(new Offer(0, organisation, service, null, null, -1, List.of(territories)));
    }

    @Test
    void coverageEqualsThePlainComputationForEveryLevelAndService() {
        CoverageSnapshot snapshot = new CoverageSnapshot(relais.core().dsl());
        List<Set<ServiceKind>> choices = new ArrayList<>();
        choices.add(Set.of());
        for (ServiceKind service : ServiceKind.values()) {
            choices.add(Set.of(service));
        }
        choices.add(ServiceKind.resolve("financement"));
        for (TerritoryLevel level : TerritoryLevel.values()) {
            for (Set<ServiceKind> services : choices) {
                assertThat(coverage.coverage(level, services)).as("%s %s", level, services)
                        .isEqualTo(plainCoverage(snapshot, level, services));
            }
        }
    }

    @Test
    void theMatrixEqualsThePlainCountsForEveryLevel() {
        CoverageSnapshot snapshot = new CoverageSnapshot(relais.core().dsl());
        for (TerritoryLevel level : TerritoryLevel.values()) {
            assertThat(coverage.matrix(level).rows()).as("%s", level).isEqualTo(plainMatrix(snapshot, level));
        }
    }

    @Test
    void structuresSpelledAlikeCountOnceAndTheRecycleBinIsLeftOut() {
        TerritoryCoverage caen = coverage.coverage(TerritoryLevel.COMMUNE, Set.of(ServiceKind.MICROCREDIT)).stream()
                .filter(c -> c.territory().code().equals("14118")).findFirst().orElseThrow();
        assertThat(caen.structures()).containsOnlyOnce("ADIE").doesNotContain("Adie");
        assertThat(coverage.coverage(TerritoryLevel.DEPARTEMENT, Set.of(ServiceKind.CAE)))
                .allSatisfy(c -> assertThat(c.structures()).doesNotContain("RD"));
    }

    @Test
    void aNewOfferShowsAtOnceAndADeletedOneGoesAway() {
        long org = organisation("Coopérative de test", "CDT");
        assertThat(structuresIn("61001", ServiceKind.PEPINIERE)).doesNotContain("CDT");

        offer(org, ServiceKind.PEPINIERE, TerritoryRef.commune("61001"));
        assertThat(structuresIn("61001", ServiceKind.PEPINIERE)).contains("CDT");
        assertThat(countIn("61001", ServiceKind.PEPINIERE)).isEqualTo(structuresIn("61001", ServiceKind.PEPINIERE).size());

        Offer saved = relais.territory().offers().offersOf(org).get(0);
        relais.territory().offers().delete(saved.id());
        assertThat(structuresIn("61001", ServiceKind.PEPINIERE)).doesNotContain("CDT");
    }

    private static List<String> structuresIn(String commune, ServiceKind service) {
        return coverage.coverage(TerritoryLevel.COMMUNE, Set.of(service)).stream()
                .filter(c -> c.territory().code().equals(commune)).findFirst().orElseThrow().structures();
    }

    private static int countIn(String commune, ServiceKind service) {
        return coverage.matrix(TerritoryLevel.COMMUNE).rows().stream()
                .filter(r -> r.territory().code().equals(commune)).findFirst().orElseThrow().count(service);
    }

    /** Every commune of each territory, every territory holding it, every offer on that territory. */
    private static List<TerritoryCoverage> plainCoverage(CoverageSnapshot snapshot, TerritoryLevel level,
                                                         Set<ServiceKind> services) {
        List<TerritoryCoverage> result = new ArrayList<>();
        for (Territory territory : snapshot.territories(level)) {
            Set<Long> reaching = new HashSet<>();
            long covered = 0;
            for (String code : territory.communeCodes()) {
                Set<Long> here = organisationsCovering(snapshot, code, services);
                reaching.addAll(here);
                covered += here.isEmpty() ? 0 : snapshot.communes().get(code).population();
            }
            result.add(new TerritoryCoverage(territory, (int) covered, names(snapshot, reaching)));
        }
        return result;
    }

    private static List<CoverageMatrix.Row> plainMatrix(CoverageSnapshot snapshot, TerritoryLevel level) {
        List<CoverageMatrix.Row> rows = new ArrayList<>();
        for (Territory territory : snapshot.territories(level)) {
            Map<ServiceKind, Integer> services = new EnumMap<>(ServiceKind.class);
            for (ServiceKind service : ServiceKind.values()) {
                services.put(service, reaching(snapshot, territory, Set.of(service)).size());
            }
            Map<ServiceFamily, Integer> families = new EnumMap<>(ServiceFamily.class);
            for (ServiceFamily family : ServiceFamily.values()) {
                families.put(family, reaching(snapshot, territory, ServiceKind.resolve(family.key())).size());
            }
            rows.add(new CoverageMatrix.Row(territory, services, families));
        }
        return rows;
    }

    private static List<String> reaching(CoverageSnapshot snapshot, Territory territory, Set<ServiceKind> services) {
        Set<Long> ids = new HashSet<>();
        territory.communeCodes().forEach(code -> ids.addAll(organisationsCovering(snapshot, code, services)));
        return names(snapshot, ids);
    }

    private static Set<Long> organisationsCovering(CoverageSnapshot snapshot, String code, Set<ServiceKind> services) {
        Set<Long> ids = new HashSet<>();
        for (TerritoryRef ref : snapshot.containing(snapshot.communes().get(code))) {
            for (Offer offer : snapshot.offersByTerritory().getOrDefault(ref, List.of())) {
                if (services.isEmpty() || services.contains(offer.service())) {
                    ids.add(offer.organisationId());
                }
            }
        }
        return ids;
    }

    /** Short names in French order, each once (the first spelling in code-point order among equal ones). */
    private static List<String> names(CoverageSnapshot snapshot, Set<Long> ids) {
        List<String> spellings = new ArrayList<>();
        ids.forEach(id -> spellings.add(snapshot.organisations().get(id).shortName()));
        spellings.sort(null);
        Set<String> sorted = new TreeSet<>(Formats.frenchOrder());
        sorted.addAll(spellings);
        return List.copyOf(sorted);
    }

    @Test
    void everyLevelIsExercised() {
        Set<TerritoryLevel> levels = EnumSet.noneOf(TerritoryLevel.class);
        new CoverageSnapshot(relais.core().dsl()).offersByTerritory().keySet().forEach(ref -> levels.add(ref.level()));
        assertThat(levels).containsExactlyInAnyOrder(TerritoryLevel.values());
    }
}
