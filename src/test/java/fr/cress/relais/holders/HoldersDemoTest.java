package fr.cress.relais.holders;

import fr.cress.relais.app.Relais;
import fr.cress.relais.testing.TestStores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The holders of the example programme match the bilan 2007-2009, and their figures feed it. */
class HoldersDemoTest {

    @TempDir
    static Path dir;
    static Relais relais;
    static HolderStatistics stats;

    @BeforeAll
    static void open() {
        relais = TestStores.demoRelais(dir);
        stats = relais.holders().statistics(2007, 2009);
    }

    @AfterAll
    static void close() {
        relais.close();
    }

    @Test
    void aboutFiftyHoldersOverTheThreeYearsMostlyAskingAboutStatutsAndFunding() {
        assertThat(stats.holders()).isBetween(45L, 55L);
        assertThat(stats.years()).containsExactly(2007, 2008, 2009);
        assertThat(stats.byYear().rows().get(0).in(2009)).isGreaterThan(stats.byYear().rows().get(0).in(2007));
        List<String> topNeeds = stats.byNeed().rows().stream()
                .sorted(Comparator.comparingLong(CountTable.Row::total).reversed())
                .map(CountTable.Row::key).limit(2).toList();
        assertThat(topNeeds).containsExactlyInAnyOrder("statuts", "financement");
        assertThat(stats.byDepartement().rows()).extracting(CountTable.Row::key).contains("14", "50", "61");
        assertThat(stats.byStage().rows()).extracting(CountTable.Row::label).contains("Idée", "Émergence", "Création");
    }

    @Test
    void theProjectsTheReportNamesAreThere() {
        List<String> projects = relais.holders().holders().rows().stream().map(HolderRow::projectName).toList();
        assertThat(projects).contains("COBANOR TRITEX", "OSIRIS – entreprise d’insertion", "La Goëlette",
                "Restaurant d’insertion d’Argentan", "Restaurant d’insertion de Flers",
                "Coopérative d’activités et d’emploi du Calvados", "Coopérative d’activités et d’emploi de l’Orne");
    }

    @Test
    void referralOutcomesAreCountedPerPartner() {
        assertThat(stats.outcomes()).extracting(PartnerOutcomes::partner)
                .contains("URSCOP", "ARDES", "AFIP", "BNA", "UREI");
        PartnerOutcomes urei = stats.outcomes().stream().filter(p -> p.partner().equals("UREI")).findFirst().orElseThrow();
        assertThat(urei.count(ReferralOutcome.ACCOMPAGNE)).isGreaterThanOrEqualTo(3);
        assertThat(urei.count(ReferralOutcome.CREE)).isGreaterThanOrEqualTo(1);
        assertThat(stats.outcomes()).allSatisfy(p -> assertThat(p.open()).isZero());
        assertThat(stats.referrals()).isEqualTo(stats.outcomes().stream().mapToLong(PartnerOutcomes::referrals).sum());
    }

    @Test
    void theDemandNoOfferCoversIsListed() {
        assertThat(stats.uncovered()).anySatisfy(u -> {
            assertThat(u.communeName()).isEqualTo("Carentan-les-Marais");
            assertThat(u.needKey()).isEqualTo("microcredit");
        });
    }

    @Test
    void twoRecentReferralsWaitForAFollowUpToday() {
        assertThat(relais.holders().referrals().dueFollowUps())
                .extracting(l -> l.referral().holderName() + " " + l.followUp().status())
                .containsExactly("Léa Morvan SECOND_DUE", "Hugo Lemarchand FIRST_DUE");
    }

    @Test
    void exampleContactDetailsSayTheyAreInvented() {
        relais.holders().holders().rows().stream().limit(10).map(r -> relais.holders().holders().get(r.id()))
                .forEach(h -> assertThat(h.notes()).isEqualTo(HoldersDemo.EXAMPLE_NOTE));
    }
}
