package fr.cress.relais.holders;

import fr.cress.relais.app.Relais;
import fr.cress.relais.common.error.BadInputException;
import fr.cress.relais.territory.ServiceKind;
import fr.cress.relais.territory.TerritoryCoverage;
import fr.cress.relais.territory.TerritoryLevel;
import fr.cress.relais.testing.TestStores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Suggestions on the example programme: who covers a holder's commune, and what happens where nobody does. */
class SuggestionServiceTest {

    @TempDir
    static Path dir;
    static Relais relais;
    static SuggestionService suggestions;

    @BeforeAll
    static void open() {
        relais = TestStores.demoRelais(dir);
        suggestions = relais.holders().suggestions();
    }

    @AfterAll
    static void close() {
        relais.close();
    }

    private static NeedSuggestions suggest(String commune, String need) {
        return suggestions.suggest(commune, List.of(Need.of(need).orElseThrow())).get(0);
    }

    @Test
    void aDemoHolderWithoutFundingOfferIsToldSoAndGetsTheNearestOfferWhichTheGapListConfirms() {
        Holder holder = relais.holders().holders().rows().stream()
                .map(r -> relais.holders().holders().get(r.id()))
                .filter(h -> "50099".equals(h.communeCode()) && h.needs().contains("microcredit"))
                .findFirst().orElseThrow();

        NeedSuggestions s = suggest(holder.communeCode(), "microcredit");

        assertThat(s.isCovered()).isFalse();
        assertThat(s.message()).isEqualTo("Aucune offre de microcrédit ne couvre Carentan-les-Marais.");
        assertThat(s.nearest()).isNotEmpty().allSatisfy(g -> {
            assertThat(g.reach()).isEqualTo(Reach.NEARBY);
            assertThat(g.distanceKm()).isPositive().isLessThan(40);
            assertThat(g.services()).containsExactly(ServiceKind.MICROCREDIT);
            assertThat(g.contactName()).isNotBlank();
        });
        assertThat(s.nearest()).extracting(Suggestion::partner).contains("Crédit Coopératif", "Crédit Mutuel");
        List<TerritoryCoverage> gaps = relais.territory().coverage()
                .gaps(TerritoryLevel.COMMUNE, Set.of(ServiceKind.MICROCREDIT));
        assertThat(gaps).extracting(g -> g.territory().code()).contains(holder.communeCode());
        assertThat(relais.holders().locations()).filteredOn(l -> l.communeCode().equals("50099"))
                .singleElement().satisfies(l -> {
                    assertThat(l.uncoveredNeeds()).contains("microcredit");
                    assertThat(l.hasGap()).isTrue();
                    assertThat(l.lat()).isBetween(49.0, 49.5);
                });
    }

    @Test
    void coveringPartnersComeNarrowestTerritoryFirstWithTheContactToCall() {
        NeedSuggestions s = suggest("14118", "accompagnement");

        assertThat(s.isCovered()).isTrue();
        assertThat(s.message()).isNull();
        assertThat(s.covering().get(0).reach()).isIn(Reach.COMMUNE, Reach.EPCI);
        assertThat(s.covering()).extracting(Suggestion::reach).isSortedAccordingTo(Enum::compareTo);
        Suggestion ardes = s.covering().stream().filter(g -> g.partner().equals("ARDES")).findFirst().orElseThrow();
        assertThat(ardes.services()).contains(ServiceKind.EMERGENCE, ServiceKind.CREATION);
        assertThat(ardes.territoryName()).isEqualTo("CU Caen la Mer");
        assertThat(ardes.contactName()).isEqualTo("Sophie Marie");
        assertThat(ardes.contactPhone()).isNotBlank();
        assertThat(s.covering()).extracting(Suggestion::partner).doesNotHaveDuplicates().contains("URSCOP");
    }

    @Test
    void theMessageElidesBeforeAVowel() {
        NeedSuggestions s = suggest("61145", "accompagnement-emergence");

        assertThat(s.message()).isEqualTo("Aucune offre d’accompagnement à l’émergence ne couvre Domfront en Poiraie.");
        assertThat(s.nearest()).isNotEmpty();
    }

    @Test
    void aFamilyNeedIsCoveredByAnyOfItsServices() {
        NeedSuggestions s = suggest("50099", "financement");

        assertThat(s.isCovered()).isTrue();
        assertThat(s.covering()).extracting(Suggestion::partner).contains("BNA");
    }

    @Test
    void anUnknownCommuneIsRefused() {
        assertThatThrownBy(() -> suggest("99999", "financement")).isInstanceOf(BadInputException.class);
    }
}
