package fr.cress.relais.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The territory commands as a user types them: services, gaps, import contours, export coverage. */
class TerritoryCliTest {

    @TempDir
    Path dataDir;

    private CliTest.Run run(String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", dataDir.toString()));
        all.addAll(List.of(args));
        return CliTest.run(all.toArray(String[]::new));
    }

    private Path fixture(String name) throws Exception {
        Path file = dataDir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/fr/cress/relais/territory/contours/" + name)) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    @Test
    void statsCountTheTerritoryReferenceOfAnEmptyStore() throws Exception {
        JsonNode stats = new ObjectMapper().readTree(run("stats").out());

        assertThat(stats.get("communes").asInt()).isEqualTo(1352);
        assertThat(stats.get("epci").asInt()).isEqualTo(40);
        assertThat(stats.get("departements").asInt()).isEqualTo(3);
        assertThat(stats.get("offers").asInt()).isZero();
    }

    @Test
    void servicesListsEveryKeyByFamily() throws Exception {
        CliTest.Run services = run("services");

        assertThat(services.code()).isZero();
        assertThat(services.out()).contains("financement", "pret-honneur", "Prêt d’honneur", "accompagnement-creation",
                "accueil", "hebergement", "cae");
        JsonNode json = new ObjectMapper().readTree(run("services", "--json").out());
        assertThat(json).hasSize(4);
        assertThat(json.get(1).get("key").asText()).isEqualTo("financement");
        assertThat(json.get(1).get("services")).extracting(s -> s.get("key").asText())
                .containsExactly("pret-honneur", "garantie", "microcredit", "subvention", "fonds-propres");
    }

    @Test
    void gapsListTheTerritoriesWithoutTheServiceMostPopulatedFirst() throws Exception {
        assertThat(run("demo").code()).isZero();

        CliTest.Run gaps = run("gaps", "--service", "microcredit");

        assertThat(gaps.code()).isZero();
        JsonNode json = new ObjectMapper().readTree(gaps.out());
        assertThat(json).hasSize(8); // the EPCI of the Manche
        assertThat(json.get(0).get("code").asText()).isEqualTo("200067205");
        assertThat(json.get(0).get("name").asText()).isEqualTo("CA du Cotentin");
        List<Integer> populations = new ArrayList<>();
        json.forEach(t -> populations.add(t.get("population").asInt()));
        assertThat(populations).isSortedAccordingTo((a, b) -> b - a).allMatch(p -> p > 0);

        JsonNode departements = new ObjectMapper().readTree(run("gaps", "--service", "microcredit", "--level", "departement").out());
        assertThat(departements).singleElement().satisfies(d -> {
            assertThat(d.get("code").asText()).isEqualTo("50");
            assertThat(d.get("name").asText()).isEqualTo("Manche");
            assertThat(d.get("population").asInt()).isEqualTo(497_522);
        });
        assertThat(new ObjectMapper().readTree(run("gaps", "--service", "financement").out())).isEmpty();
    }

    @Test
    void gapsRefusesAnUnknownServiceOrLevel() {
        CliTest.Run unknown = run("gaps", "--service", "banque");
        assertThat(unknown.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("Service inconnu").contains("relais services");
        assertThat(run("gaps", "--service", "cae", "--level", "canton").code()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void importContoursThenABadFileExitsThreeAndKeepsThem() throws Exception {
        CliTest.Run imported = run("import", "contours", fixture("three-communes.geojson").toString());
        assertThat(imported.code()).isZero();
        assertThat(imported.out()).contains("3 contours importés").contains("3 communes");

        CliTest.Run bad = run("import", "contours", fixture("truncated.geojson").toString());
        assertThat(bad.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(bad.err()).contains("n’est pas un fichier JSON valide").contains("Rien n’a été importé");

        CliTest.Run wrong = run("import", "contours", fixture("wrong-geometry.geojson").toString());
        assertThat(wrong.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(wrong.err()).contains("Point");

        CliTest.Run again = run("import", "contours", fixture("three-communes.geojson").toString());
        assertThat(again.out()).contains("3 contours importés");
    }

    @Test
    void exportCoverageWritesTheMatrix() throws Exception {
        assertThat(run("demo").code()).isZero();
        Path file = dataDir.resolve("Couverture.xlsx");

        CliTest.Run export = run("export", "coverage", "--out", file.toString());

        assertThat(export.code()).isZero();
        assertThat(export.out()).contains("Couverture.xlsx");
        try (Workbook book = WorkbookFactory.create(file.toFile())) {
            assertThat(book.getNumberOfSheets()).isEqualTo(4);
            Sheet epci = book.getSheetAt(0);
            assertThat(epci.getSheetName()).isEqualTo("Intercommunalité (EPCI)");
            assertThat(epci.getRow(0).getCell(0).getStringCellValue()).contains("Couverture de l’offre");
        }
    }
}
