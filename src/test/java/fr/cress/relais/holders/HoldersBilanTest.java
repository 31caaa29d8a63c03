package fr.cress.relais.holders;

import fr.cress.relais.actions.Programme;
import fr.cress.relais.app.Relais;
import fr.cress.relais.testing.TestStores;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The programme bilan of the example, read back with POI: the holders' figures it gained, and nothing personal. */
class HoldersBilanTest {

    @TempDir
    static Path dir;
    static Relais relais;
    static HolderStatistics stats;
    static Path file;

    @BeforeAll
    static void writeBilan() {
        relais = TestStores.demoRelais(dir);
        Programme programme = relais.actions().programmes().current().orElseThrow();
        stats = relais.holders().statistics(programme.startYear(), programme.endYear());
        file = dir.resolve(relais.actions().exports().bilanFileName(programme));
        relais.actions().exports().writeBilan(programme.id(), file);
    }

    @AfterAll
    static void close() {
        relais.close();
    }

    /** Rows of a sheet by the text of their first cell, below the header row starting with {@code header}. */
    private static Map<String, Row> rowsByLabel(Sheet sheet, String header) {
        Map<String, Row> rows = new LinkedHashMap<>();
        boolean below = false;
        for (Row row : sheet) {
            String label = new DataFormatter().formatCellValue(row.getCell(0));
            if (below) {
                rows.putIfAbsent(label, row);
            }
            below |= label.equals(header);
        }
        return rows;
    }

    private static double value(FormulaEvaluator eval, Row row, int column) {
        Cell cell = row.getCell(column);
        return cell == null ? 0 : eval.evaluate(cell).getNumberValue();
    }

    @Test
    void theHoldersSheetCountsTheExampleHoldersByYearNeedStageAndDepartment() throws Exception {
        try (Workbook wb = WorkbookFactory.create(file.toFile())) {
            List<String> names = java.util.stream.IntStream.range(0, wb.getNumberOfSheets())
                    .mapToObj(wb::getSheetName).toList();
            assertThat(names).startsWith("Bilan").contains("Porteurs de projet", "Orientations des porteurs");
            Sheet sheet = wb.getSheet("Porteurs de projet");
            FormulaEvaluator eval = wb.getCreationHelper().createFormulaEvaluator();
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Porteurs de projet accueillis pendant le programme 2007-2009");
            Map<String, Row> rows = rowsByLabel(sheet, "Rubrique");
            Row header = sheet.getRow(rows.values().iterator().next().getRowNum() - 1);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Rubrique");
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("2007");
            assertThat(header.getCell(4).getStringCellValue()).isEqualTo("Total");

            Row welcomed = rows.get("Porteurs accueillis");
            for (int i = 0; i < 3; i++) {
                assertThat(welcomed.getCell(1 + i).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(welcomed.getCell(1 + i).getNumericCellValue()).isEqualTo(stats.byYear().rows().get(0).in(2007 + i));
            }
            assertThat(welcomed.getCell(4).getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(value(eval, welcomed, 4)).isEqualTo(stats.holders()).isGreaterThanOrEqualTo(45);

            for (CountTable table : List.of(stats.byNeed(), stats.byStage(), stats.byDepartement())) {
                assertThat(table.rows()).isNotEmpty();
                for (CountTable.Row r : table.rows()) {
                    assertThat(rows).containsKey(r.label());
                    assertThat(value(eval, rows.get(r.label()), 4)).as(r.label()).isEqualTo(r.total());
                }
            }
            assertThat(value(eval, rows.get("Par étape du projet"), 4)).isEqualTo(stats.holders());
            assertThat(value(eval, rows.get("Par département de résidence"), 4)).isEqualTo(stats.holders());
            assertThat(rows.get("Par besoin exprimé").getCell(4).getCellFormula()).startsWith("SUM(");
            assertThat(value(eval, rows.get("Par besoin exprimé"), 2))
                    .isEqualTo(stats.byNeed().rows().stream().mapToLong(r -> r.in(2008)).sum());
            assertThat(List.of("Par année de premier contact", "Par besoin exprimé", "Par étape du projet",
                    "Par département de résidence")).extracting(k -> rows.get(k).getRowNum()).isSorted();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        }
    }

    @Test
    void theReferralsSheetGivesOutcomesPerPartnerWithTotalsAsFormulas() throws Exception {
        try (Workbook wb = WorkbookFactory.create(file.toFile())) {
            Sheet sheet = wb.getSheet("Orientations des porteurs");
            FormulaEvaluator eval = wb.getCreationHelper().createFormulaEvaluator();
            Map<String, Row> rows = rowsByLabel(sheet, "Partenaire");
            assertThat(stats.outcomes()).isNotEmpty();
            for (PartnerOutcomes p : stats.outcomes()) {
                Row row = rows.get(p.partner());
                assertThat(row).as(p.partner()).isNotNull();
                assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(p.referrals());
                for (ReferralOutcome outcome : ReferralOutcome.values()) {
                    assertThat(row.getCell(2 + outcome.ordinal()).getNumericCellValue()).isEqualTo(p.count(outcome));
                }
                assertThat(row.getCell(2 + ReferralOutcome.values().length).getNumericCellValue()).isEqualTo(p.open());
            }
            Row total = rows.get("Total");
            assertThat(total.getCell(1).getCellFormula()).startsWith("SUM(B");
            assertThat(value(eval, total, 1)).isEqualTo(stats.referrals());
        }
    }

    @Test
    void noHolderNameEmailOrPhoneAppearsAnywhereInTheBilan() throws Exception {
        List<Holder> holders = relais.holders().holders().rows().stream()
                .map(r -> relais.holders().holders().get(r.id())).toList();
        List<String> texts = HoldersExportTest.texts(file);
        assertThat(texts).contains("Par besoin exprimé");
        for (Holder h : holders) {
            for (String personal : new String[]{h.displayName(), h.lastName(), h.email(), h.phone()}) {
                if (personal != null && personal.length() > 3) {
                    assertThat(texts).as("%s must not be in the bilan", personal).noneMatch(t -> t.contains(personal));
                }
            }
        }
        assertThat(holders).anyMatch(h -> h.email() != null && !h.anonymised());
    }
}
