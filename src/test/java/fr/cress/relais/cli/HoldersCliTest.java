package fr.cress.relais.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static fr.cress.relais.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code relais suggest} and {@code relais export holders} on the example programme. */
class HoldersCliTest {

    @TempDir
    static Path dataDir;

    @BeforeAll
    static void demo() {
        assertThat(run("--data-dir", dataDir.toString(), "demo").code()).isZero();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> json(String out) throws Exception {
        return new ObjectMapper().readValue(out, List.class);
    }

    @Test
    void suggestPrintsTheCoveringPartnersNarrowestFirst() throws Exception {
        CliTest.Run run = run("--data-dir", dataDir.toString(), "suggest", "--commune", "14118", "--need", "accompagnement");

        assertThat(run.code()).isZero();
        List<Map<String, Object>> list = json(run.out());
        assertThat(list).isNotEmpty().allSatisfy(s -> {
            assertThat(s).containsEntry("need", "accompagnement").containsEntry("covered", true);
            assertThat((Map<String, Object>) s.get("contact")).containsKeys("name", "phone", "email");
        });
        assertThat(list.get(0).get("reach")).isIn("commune", "epci");
        assertThat(list).extracting(s -> s.get("partner")).contains("ARDES", "URSCOP");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void suggestSaysWhenNothingCoversTheCommuneAndListsTheNearestOffers() throws Exception {
        CliTest.Run run = run("--data-dir", dataDir.toString(), "suggest", "--commune", "50099", "--need", "microcredit");

        assertThat(run.code()).isZero();
        assertThat(run.err()).contains("Aucune offre de microcrédit ne couvre Carentan-les-Marais.");
        assertThat(json(run.out())).isNotEmpty().allSatisfy(s -> {
            assertThat(s).containsEntry("covered", false).containsEntry("reach", "nearby");
            assertThat(((Number) s.get("distanceKm")).doubleValue()).isPositive();
        });
    }

    @Test
    void anUnknownCommuneOrNeedExitsThreeWithAFrenchMessage() {
        CliTest.Run commune = run("--data-dir", dataDir.toString(), "suggest", "--commune", "99999", "--need", "financement");
        assertThat(commune.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(commune.err()).contains("La commune").contains("99999").contains("est inconnue");
        assertThat(commune.out()).isEmpty();

        CliTest.Run need = run("--data-dir", dataDir.toString(), "suggest", "--commune", "61145", "--need", "argent");
        assertThat(need.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(need.err()).contains("Le besoin").contains("argent").contains("est inconnu").contains("financement");
    }

    @Test
    void exportHoldersWritesAnAnonymisedWorkbookUnlessAskedForNames() throws Exception {
        Path anonymous = dataDir.resolve("Porteurs.xlsx");
        CliTest.Run run = run("--data-dir", dataDir.toString(), "export", "holders", "--out", anonymous.toString(),
                "--from", "2007", "--to", "2009");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("porteurs exportés (anonymisés)");
        try (Workbook wb = WorkbookFactory.create(anonymous.toFile())) {
            assertThat(wb.getSheet("Liste des porteurs")).isNotNull();
        }
        assertThat(String.join("\n", fr.cress.relais.holders.HoldersExportTestSupport.texts(anonymous)))
                .doesNotContain("@").doesNotContain("OSIRIS – entreprise");

        Path named = dataDir.resolve("Porteurs nominatif.xlsx");
        assertThat(run("--data-dir", dataDir.toString(), "export", "holders", "--out", named.toString(),
                "--with-names").code()).isZero();
        assertThat(fr.cress.relais.holders.HoldersExportTestSupport.texts(named)).contains("Léa Morvan");

        CliTest.Run csv = run("--data-dir", dataDir.toString(), "export", "holders", "--out", "porteurs.csv");
        assertThat(csv.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(csv.err()).contains(".xlsx");
    }
}
