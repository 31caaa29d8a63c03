package fr.cress.relais.cli;

import fr.cress.relais.app.Relais;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.settings.DataLocations;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static fr.cress.relais.db.generated.Tables.ACTION_PARTNER;
import static fr.cress.relais.db.generated.Tables.JOINT_ACTION;
import static fr.cress.relais.db.generated.Tables.ORGANISATION;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code relais export bilan} and {@code relais export action-plans} on the example programme. */
class ExportActionsCommandTest {

    private static final String PREFIX = "Plan d’action 2007-2009 - ";

    @TempDir
    Path dataDir;

    @TempDir
    Path out;

    @BeforeEach
    void loadExample() {
        assertThat(CliTest.run("--data-dir", dataDir.toString(), "demo").code()).isZero();
    }

    @Test
    void writesOneReadablePlanPerPartnerListingOnlyItsActions() throws Exception {
        CliTest.Run run = CliTest.run("--data-dir", dataDir.toString(), "export", "action-plans", "--out", out.toString());

        assertThat(run.code()).as(run.err()).isZero();
        List<Path> files;
        try (Stream<Path> list = Files.list(out)) {
            files = list.sorted().toList();
        }
        Map<String, Set<String>> expected = actionsByPartner();
        assertThat(files).hasSize(expected.size());
        assertThat(run.out()).contains(expected.size() + " plans d’action écrits");
        for (Path file : files) {
            String name = file.getFileName().toString();
            assertThat(name).startsWith(PREFIX).endsWith(".xlsx");
            String partner = name.substring(PREFIX.length(), name.length() - ".xlsx".length());
            assertThat(expected).as("a partner named %s", partner).containsKey(partner);
            assertThat(listedActions(file)).as("actions in %s", name).isEqualTo(expected.get(partner));
        }
        assertThat(files).extracting(f -> f.getFileName().toString())
                .contains(PREFIX + "URSCOP.xlsx", PREFIX + "LMDE.xlsx", PREFIX + "Territoires etc.xlsx");
        assertThat(listedActions(out.resolve(PREFIX + "LMDE.xlsx"))).hasSize(2)
                .allMatch(t -> t.startsWith("Conférence-débat «\u202FEnvie d’entreprendre autrement"));
        assertThat(listedActions(out.resolve(PREFIX + "URSCOP.xlsx")))
                .contains("Brochure «\u202FEntreprendre autrement en Basse-Normandie\u202F»")
                .doesNotContain("Café-débat «\u202FEntreprendre sous forme associative\u202F»");
    }

    @Test
    void writesThePlanOfOnePartnerWithItsRole() throws Exception {
        Path file = out.resolve("urscop.xlsx");
        CliTest.Run run = CliTest.run("--data-dir", dataDir.toString(), "export", "action-plans",
                "--partner", "urscop", "--out", file.toString());

        assertThat(run.code()).as(run.err()).isZero();
        try (Workbook wb = WorkbookFactory.create(file.toFile())) {
            Sheet sheet = wb.getSheet("Plan d’action");
            assertThat(text(sheet.getRow(0), 0)).isEqualTo("Plan d’action 2007-2009\u202F: URSCOP");
            Row brochure = rowOf(sheet, "Brochure «\u202FEntreprendre autrement en Basse-Normandie\u202F»");
            assertThat(text(brochure, 0)).isEqualTo("1.1.a");
            assertThat(text(brochure, 4)).isEqualTo("Contributeur, Relais de diffusion");
            assertThat(text(brochure, 11)).contains("Exemplaires imprimés 2008\u202F: 3\u202F000 / 1\u202F000 exemplaires prévus");
        }
    }

    @Test
    void unknownPartnerOrProgrammeIsRefusedInFrench() {
        CliTest.Run partner = CliTest.run("--data-dir", dataDir.toString(), "export", "action-plans",
                "--partner", "NOPE", "--out", out.resolve("x.xlsx").toString());
        assertThat(partner.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(partner.err()).contains("Aucun partenaire n’a pour sigle ou pour nom «\u202FNOPE\u202F»");

        CliTest.Run programme = CliTest.run("--data-dir", dataDir.toString(), "export", "bilan",
                "--programme", "999", "--out", out.resolve("b.xlsx").toString());
        assertThat(programme.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(programme.err()).contains("Le programme «\u202F999\u202F» n’existe pas");
        assertThat(out.resolve("b.xlsx")).doesNotExist();
    }

    @Test
    void writesTheBilanOfTheCurrentProgramme() throws Exception {
        Path file = out.resolve("Bilan 2007-2009 - CRESS.xlsx");
        CliTest.Run run = CliTest.run("--data-dir", dataDir.toString(), "export", "bilan",
                "--programme", "current", "--out", file.toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("Bilan 2007-2009 écrit dans");
        try (Workbook wb = WorkbookFactory.create(file.toFile())) {
            assertThat(wb.getSheet("Bilan")).isNotNull();
            assertThat(wb.getSheet("Par financeur")).isNotNull();
            assertThat(wb.getSheet("Porteurs de projet")).as("the holders' figures, same code path").isNotNull();
            assertThat(wb.getSheet("Orientations des porteurs")).isNotNull();
        }
    }

    /** Expected from the store itself: the titles of the actions each organisation takes part in. */
    private Map<String, Set<String>> actionsByPartner() {
        try (Relais relais = Relais.open(new DataLocations(dataDir, false), I18n.french(), Clock.systemDefaultZone())) {
            Map<String, Set<String>> result = new java.util.HashMap<>();
            relais.store().dsl().selectDistinct(ORGANISATION.ACRONYM, JOINT_ACTION.TITLE)
                    .from(ACTION_PARTNER)
                    .join(ORGANISATION).on(ORGANISATION.ID.eq(ACTION_PARTNER.ORGANISATION_ID))
                    .join(JOINT_ACTION).on(JOINT_ACTION.ID.eq(ACTION_PARTNER.ACTION_ID))
                    .forEach(r -> result.computeIfAbsent(r.value1().replaceAll("\\.$", ""), k -> new HashSet<>())
                            .add(r.value2()));
            return result;
        }
    }

    private static Set<String> listedActions(Path file) throws Exception {
        try (Workbook wb = WorkbookFactory.create(file.toFile())) {
            Sheet sheet = wb.getSheet("Plan d’action");
            Set<String> titles = new HashSet<>();
            boolean table = false;
            for (Row row : sheet) {
                if (table && !text(row, 1).isEmpty()) {
                    titles.add(text(row, 1));
                }
                table |= "Réf.".equals(text(row, 0));
            }
            return titles;
        }
    }

    private static Row rowOf(Sheet sheet, String title) {
        for (Row row : sheet) {
            if (title.equals(text(row, 1))) {
                return row;
            }
        }
        throw new AssertionError("no row " + title);
    }

    private static String text(Row row, int column) {
        return row.getCell(column) == null ? "" : new DataFormatter().formatCellValue(row.getCell(column));
    }
}
