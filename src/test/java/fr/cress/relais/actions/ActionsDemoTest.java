package fr.cress.relais.actions;

import fr.cress.relais.app.Relais;
import fr.cress.relais.common.feature.DemoContext;
import fr.cress.relais.testing.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The names other features use to link to the example programme (see DemoContext). */
class ActionsDemoTest {

    static final List<String> SHARED_ACTIONS = List.of("BROCHURE", "PORTAIL", "CAFE_DEBAT_2008", "TABLE_RONDE_2009",
            "MODULE_DL_52H", "INTERV_M2_ENTREPRENEURIAT", "INTERV_LP_POLITIQUE_VILLE", "INTERV_M2_DD",
            "INTERV_DU_CREATION", "LICENCE_PRO", "CONFERENCE_CAMPUS", "SALON_STAND", "SALON_ATELIER", "SALONS_LOCAUX",
            "PORTRAITS", "ETUDE_FINANCEMENTS", "CAE_CALVADOS", "PETITE_ENFANCE_FORUM", "ACCUEIL_PORTEURS", "OBSERVATOIRE");

    @TempDir
    Path dir;

    @Test
    void theProgrammeItsAxesObjectivesAndActionsAreRememberedByName() {
        try (Relais relais = TestStores.emptyRelais(dir)) {
            DemoContext demo = relais.store().transaction(dsl -> {
                DemoContext context = new DemoContext(dsl, TestStores.CLOCK);
                relais.partners().loadDemo(context);
                relais.actions().loadDemo(context);
                return context;
            });
            assertThat(demo.has("programme", "2007-2009")).isTrue();
            assertThat(demo.all("axis")).containsOnlyKeys("1", "2", "3");
            assertThat(demo.all("objective")).containsOnlyKeys("1.1", "1.2", "1.3", "1.4", "1.5", "2.1", "2.2", "2.3",
                    "3.1", "3.2", "3.3", "3.4");
            assertThat(demo.all("action")).containsKeys(SHARED_ACTIONS.toArray(String[]::new));
            ProgrammeSnapshot s = relais.actions().programmes().snapshot(demo.id("programme", "2007-2009"));
            JointAction observatory = s.actions().stream().filter(a -> a.id() == demo.id("action", "OBSERVATOIRE"))
                    .findFirst().orElseThrow();
            assertThat(observatory.startDate()).hasToString("2007-10-10");
            assertThat(observatory.endDate()).hasToString("2008-02-12");
            assertThat(s.ref(observatory)).startsWith("3.4.");
            assertThat(s.actions()).allSatisfy(a -> assertThat(s.budgetOf(a).isEmpty()
                    || a.notes().contains("Montants d’exemple")).as(a.title()).isTrue());
        }
    }
}
