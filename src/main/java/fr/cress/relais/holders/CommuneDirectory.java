package fr.cress.relais.holders;

import fr.cress.relais.common.text.Formats;
import fr.cress.relais.territory.CommuneInfo;
import fr.cress.relais.territory.CoverageService;
import fr.cress.relais.territory.Territory;
import fr.cress.relais.territory.TerritoryLevel;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The communes of the territory reference (kept by the territory feature), as holders show and count them. */
final class CommuneDirectory {

    private final CoverageService coverage;

    CommuneDirectory(CoverageService coverage) {
        this.coverage = coverage;
    }

    /** Every commune, sorted by name the French way. */
    List<CommuneRef> all() {
        Map<String, String> departements = departements();
        return coverage.communes().stream().map(c -> ref(c, departements))
                .sorted(Comparator.comparing(CommuneRef::name, Formats.frenchOrder()).thenComparing(CommuneRef::code))
                .toList();
    }

    Map<String, CommuneRef> byCode() {
        return all().stream().collect(Collectors.toMap(CommuneRef::code, Function.identity()));
    }

    Optional<CommuneRef> find(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return coverage.commune(code.strip()).map(c -> ref(c, departements()));
    }

    private Map<String, String> departements() {
        return coverage.territories(TerritoryLevel.DEPARTEMENT).stream()
                .collect(Collectors.toMap(Territory::code, Territory::name));
    }

    private static CommuneRef ref(CommuneInfo c, Map<String, String> departements) {
        return new CommuneRef(c.code(), c.name(), c.departementCode(), departements.get(c.departementCode()),
                c.epciCode(), c.epciName(), c.lat(), c.lon());
    }
}
