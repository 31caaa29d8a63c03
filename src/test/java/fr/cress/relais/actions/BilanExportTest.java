package fr.cress.relais.actions;

import fr.cress.relais.app.Relais;
import fr.cress.relais.testing.TestStores;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The bilan of the example programme, read back with POI as a funder's spreadsheet would read it. */
class BilanExportTest {

    @TempDir
    Path dir;

    private Relais relais;
    private Path file;

    /** An indicator the report gives: in this objective, for the action whose title contains {@code action}. */
    record Figure(String axis, String objective, String action, String indicator, Integer year, Integer planned,
                  int achieved) {
    }

    static final List<Figure> REPORT = List.of(
            new Figure("1", "1.1", "Brochure", "Exemplaires imprimés", 2008, 1000, 3000),
            new Figure("1", "1.1", "Brochure", "Téléchargements", null, null, 5000),
            new Figure("1", "1.1", "Brochure", "Initiatives présentées", null, null, 9),
            new Figure("1", "1.1", "Brochure", "Rencontres du groupe de travail", null, null, 3),
            new Figure("1", "1.1", "«\u202FCréer son activité\u202F»", "Visiteurs", null, 1500, 2000),
            new Figure("1", "1.1", "Café-débat", "Participants", 2008, 30, 30),
            new Figure("1", "1.1", "Table ronde sur l’innovation sociale", "Participants", 2009, 40, 50),
            new Figure("1", "1.2", "Module «\u202Fdéveloppement local\u202F»", "Heures", null, 52, 52),
            new Figure("1", "1.2", "Master 2 Entrepreneuriat", "Heures", null, 7, 7),
            new Figure("1", "1.2", "Politique de la Ville", "Heures", null, 3, 3),
            new Figure("1", "1.2", "Développement durable", "Heures", null, 10, 10),
            new Figure("1", "1.2", "DU Création d’activité", "Heures", null, 7, 7),
            new Figure("1", "1.2", "découvrez l’économie sociale", "Conférences tenues", 2008, 1, 1),
            new Figure("1", "1.2", "(édition 2009)", "Conférences tenues", 2009, 1, 0),
            new Figure("1", "1.3", "Stand", "Visiteurs du stand", 2007, 100, 100),
            new Figure("1", "1.3", "Stand", "Visiteurs du stand", 2008, 100, 100),
            new Figure("1", "1.3", "Stand", "Visiteurs du stand", 2009, 100, 100),
            new Figure("1", "1.3", "Atelier", "Participants", 2008, 30, 30),
            new Figure("1", "1.3", "Atelier", "Participants", 2009, 30, 40),
            new Figure("1", "1.3", "Salons locaux", "Salons locaux", null, null, 4),
            new Figure("1", "1.5", "Portraits", "Portraits en ligne", null, 12, 14),
            new Figure("1", "1.5", "Portraits", "Portraits en vidéo", null, 4, 4),
            new Figure("1", "1.5", "Portraits", "Entrepreneurs mis en avant", null, null, 15),
            new Figure("2", "2.1", "De l’émergence au suivi post-création", "Études réalisées", 2007, 1, 1),
            new Figure("2", "2.1", "financements mobilisables", "Études réalisées", 2008, 1, 1),
            new Figure("2", "2.2", "groupe projet", "Réunions du groupe projet", 2008, 3, 3),
            new Figure("2", "2.3", "de l’Orne", "Ouverture de la CAE", 2008, 1, 1),
            new Figure("2", "2.3", "Forum régional", "Forums organisés", 2009, 1, 1),
            new Figure("3", "3.1", "accueil des porteurs", "Porteurs de projet accueillis", null, 40, 50),
            new Figure("3", "3.2", "Transfert de savoir-faire", "Entrepreneurs référencés", 2008, null, 2),
            new Figure("3", "3.4", "Étude de faisabilité de l’Observatoire", "Réunions de lancement", null, 2, 2),
            new Figure("3", "3.4", "ORESS", "Études thématiques", 2009, 2, 2));

    @BeforeEach
    void writeBilan() {
        relais = TestStores.demoRelais(dir);
        Programme programme = relais.actions().programmes().current().orElseThrow();
        file = dir.resolve(relais.actions().exports().bilanFileName(programme));
        relais.actions().exports().writeBilan(programme.id(), file);
    }

    @AfterEach
    void close() {
        relais.close();
    }

    @Test
    void theFileIsNamedAfterTheProgrammeYears() {
        assertThat(file.getFileName().toString()).isEqualTo("Bilan 2007-2009 - CRESS.xlsx");
    }

    @Test
    void everyFigureOfTheReportIsUnderItsAxisAndObjective() throws Exception {
        try (Workbook wb = WorkbookFactory.create(file.toFile())) {
            BilanSheet bilan = new BilanSheet(wb.getSheet("Bilan"));
            assertThat(bilan.axisRows).containsOnlyKeys("1", "2", "3");
            assertThat(bilan.objectiveRows).containsOnlyKeys("1.1", "1.2", "1.3", "1.4", "1.5", "2.1", "2.2", "2.3",
                    "3.1", "3.2", "3.3", "3.4");
            for (Figure f : REPORT) {
                BilanSheet.ActionRow action = bilan.action(f.action());
                assertThat(action.axis()).as("axis of %s", f.action()).isEqualTo(f.axis());
                assertThat(action.objective()).as("objective of %s", f.action()).isEqualTo(f.objective());
                BilanSheet.IndicatorRow row = action.indicators().stream()
                        .filter(i -> i.name().startsWith(f.indicator()))
                        .filter(i -> f.year() == null ? i.year() == null : i.year() != null && i.year() == f.year().doubleValue())
                        .findFirst().orElseThrow(() -> new AssertionError("no indicator " + f));
                assertThat(row.achieved()).as("achieved %s", f).isEqualTo((double) f.achieved());
                assertThat(row.planned()).as("planned %s", f).isEqualTo(f.planned() == null ? null : (double) f.planned());
            }
        }
    }

    @Test
    void statusesOfTheReportAreShown() throws Exception {
        try (Workbook wb = WorkbookFactory.create(file.toFile())) {
            BilanSheet bilan = new BilanSheet(wb.getSheet("Bilan"));
            assertThat(bilan.action("(édition 2009)").status()).isEqualTo("Annulée");
            assertThat(bilan.action("Calvados").status()).isEqualTo("Reportée");
            assertThat(bilan.action("Calvados").objective()).isEqualTo("2.3");
            assertThat(bilan.action("Licence professionnelle").status()).isEqualTo("En cours");
            assertThat(bilan.action("Étude de faisabilité de l’Observatoire").objective()).isEqualTo("3.4");
        }
    }

    @Test
    void theRatioIsAFormulaOfAchievedOverPlanned() throws Exception {
        try (Workbook wb = WorkbookFactory.create(file.toFile())) {
            BilanSheet bilan = new BilanSheet(wb.getSheet("Bilan"));
            var printed = bilan.action("Brochure").indicators().get(0).row();
            var ratio = printed.getCell(BilanWriter.RATIO);
            assertThat(ratio.getCellFormula()).contains("K" + (printed.getRowNum() + 1) + "/J" + (printed.getRowNum() + 1));
            assertThat(ratio.getNumericCellValue()).isEqualTo(3.0);
            assertThat(BilanSheet.text(printed, BilanWriter.RATIO).replaceAll("\\s", "")).isEqualTo("300%");
        }
    }

    @Test
    void subtotalsAndTotalsAreFormulasThatRecalculate() throws Exception {
        try (Workbook wb = WorkbookFactory.create(file.toFile())) {
            Sheet sheet = wb.getSheet("Bilan");
            BilanSheet bilan = new BilanSheet(sheet);
            int expenses = BilanWriter.EXPENSES;
            var brochure = bilan.action("Brochure").row().getCell(expenses);
            var objective = bilan.objectiveRows.get("1.1").getCell(expenses);
            var axis = bilan.axisRows.get("1").getCell(expenses);
            var total = bilan.totalRow.getCell(expenses);
            assertThat(objective.getCellFormula()).startsWith("SUM(");
            assertThat(axis.getCellFormula()).startsWith("SUM(");
            assertThat(total.getCellFormula()).startsWith("SUM(");
            assertThat(brochure.getNumericCellValue()).isEqualTo(4500);
            double allLines = relais.actions().budgets().totals(relais.actions().programmes().current().orElseThrow().id())
                    .overall().expenses().planned().doubleValue();
            assertThat(total.getNumericCellValue()).isEqualTo(allLines);
            double objectiveBefore = objective.getNumericCellValue();
            double axisBefore = axis.getNumericCellValue();

            brochure.setCellValue(5500);
            FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
            evaluator.evaluateAll();

            assertThat(objective.getNumericCellValue()).isEqualTo(objectiveBefore + 1000);
            assertThat(axis.getNumericCellValue()).isEqualTo(axisBefore + 1000);
            assertThat(total.getNumericCellValue()).isEqualTo(allLines + 1000);
        }
    }

    @Test
    void coFinancingPerFunderSumsTheBudgetLines() throws Exception {
        try (Workbook wb = WorkbookFactory.create(file.toFile())) {
            Sheet funders = wb.getSheet("Par financeur");
            var totals = relais.actions().budgets().totals(relais.actions().programmes().current().orElseThrow().id());
            double received = totals.overall().income().received().doubleValue();
            var last = funders.getRow(funders.getLastRowNum());
            assertThat(BilanSheet.text(last, 0)).isEqualTo("Total");
            assertThat(last.getCell(3).getNumericCellValue()).isCloseTo(received, within(0.001));
            Sheet lines = wb.getSheet("Budget");
            var firstLine = lines.getRow(5);
            firstLine.getCell(8).setCellValue(firstLine.getCell(8).getNumericCellValue() + 100);
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            String type = BilanSheet.text(firstLine, 3);
            assertThat(last.getCell(3).getNumericCellValue())
                    .isCloseTo(type.equals("Recette") ? received + 100 : received, within(0.001));
        }
    }

    @Test
    void printsOnA4LandscapeWithAFrozenHeader() throws Exception {
        try (Workbook wb = WorkbookFactory.create(file.toFile())) {
            Sheet sheet = wb.getSheet("Bilan");
            assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(BilanSheet.text(sheet.getRow(0), 0)).startsWith("Bilan du programme 2007-2009");
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition())
                    .isEqualTo((short) (new BilanSheet(sheet).headerRow + 1));
        }
    }
}
