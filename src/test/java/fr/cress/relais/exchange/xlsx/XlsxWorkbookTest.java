package fr.cress.relais.exchange.xlsx;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Files written by the shared writer, read back with POI as a partner's spreadsheet would read them. */
class XlsxWorkbookTest {

    @TempDir
    Path dir;

    @Test
    void aListKeepsTypesFreezesItsHeaderAndNeverTurnsTextIntoAFormula() throws Exception {
        Path file = dir.resolve("Annuaire.xlsx");
        try (XlsxWorkbook book = XlsxWorkbook.streaming()) {
            SheetWriter sheet = book.sheet("Organisations", false);
            sheet.titleBlock("Annuaire", "Groupe « Entreprendre autrement »", "Exporté le 26/11/2026");
            sheet.header(Column.of("Nom"), Column.of("Adhésion"), Column.of("Salariés"), Column.of("Budget"));
            sheet.row("Écouché Solidarité", LocalDate.of(2007, 3, 1), 12, Cell.money(new BigDecimal("1234.5")));
            sheet.row("=HYPERLINK(\"x\")", null, null, null);
            sheet.row("@SUM(1)", null, null, null);
            sheet.finish();
            book.save(file);
        }
        try (Workbook wb = WorkbookFactory.create(file.toFile())) {
            Sheet sheet = wb.getSheet("Organisations");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Annuaire");
            assertThat(sheet.getRow(4).getCell(1).getStringCellValue()).isEqualTo("Adhésion");
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 5);
            var first = sheet.getRow(5);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("Écouché Solidarité");
            assertThat(DateUtil.isCellDateFormatted(first.getCell(1))).isTrue();
            assertThat(first.getCell(1).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2007, 3, 1));
            assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(12);
            assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(1234.5);
            var injected = sheet.getRow(6).getCell(0);
            assertThat(injected.getCellType()).isEqualTo(CellType.STRING);
            assertThat(injected.getStringCellValue()).isEqualTo("=HYPERLINK(\"x\")");
            assertThat(injected.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
            assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("5:5");
        }
    }

    @Test
    void reportFormulasCarryTheirValuesAndRecalculate() throws Exception {
        Path file = dir.resolve("Bilan.xlsx");
        try (XlsxWorkbook book = XlsxWorkbook.report()) {
            SheetWriter sheet = book.sheet("Bilan", true);
            sheet.header(Column.of("Action"), Column.of("Prévu"), Column.of("Réalisé"), Column.of("Taux"));
            int first = sheet.row("Brochure", 1000, 3000, Cell.formula("C2/B2", Cell.Style.PERCENT));
            int last = sheet.row("Atelier", 30, 40, Cell.formula("C3/B3", Cell.Style.PERCENT));
            sheet.totalRow("Total", Cell.formula("SUM(B" + first + ":B" + last + ")", Cell.Style.INTEGER),
                    Cell.formula("SUM(C" + first + ":C" + last + ")", Cell.Style.INTEGER));
            sheet.finish();
            book.save(file);
        }
        try (Workbook wb = WorkbookFactory.create(file.toFile())) {
            Sheet sheet = wb.getSheet("Bilan");
            var total = sheet.getRow(3).getCell(2);
            assertThat(total.getCellFormula()).isEqualTo("SUM(C2:C3)");
            assertThat(total.getNumericCellValue()).isEqualTo(3040);
            assertThat(sheet.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(3.0);
            sheet.getRow(1).getCell(2).setCellValue(2000);
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            assertThat(total.getNumericCellValue()).isEqualTo(2040);
        }
    }

    @Test
    void sheetNamesAreMadeValidAndUnique() throws Exception {
        try (XlsxWorkbook book = XlsxWorkbook.report()) {
            book.sheet("Plan d’action : URSCOP / 2008 [brouillon] avec un nom trop long", false).finish();
            book.sheet("Plan d’action : URSCOP / 2008 [brouillon] avec un nom trop long", false).finish();
            Path file = dir.resolve("x.xlsx");
            book.save(file);
            try (Workbook wb = WorkbookFactory.create(file.toFile())) {
                assertThat(wb.getNumberOfSheets()).isEqualTo(2);
                assertThat(wb.getSheetName(0)).hasSizeLessThanOrEqualTo(31).doesNotContain("/", "[", ":");
                assertThat(wb.getSheetName(1)).endsWith("(2)");
            }
        }
    }
}
