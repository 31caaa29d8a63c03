package fr.cress.relais.exchange.xlsx;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Years without thousands separator; rows tall enough for wrapped text in fixed-width columns. */
class SheetWriterWrapAndYearTest {

    @TempDir
    Path dir;

    @Test
    void yearsAreNumbersShownWithoutSeparatorAndWrappedTextGrowsItsRow() throws Exception {
        Path file = dir.resolve("Plan.xlsx");
        try (XlsxWorkbook book = XlsxWorkbook.report()) {
            SheetWriter sheet = book.sheet("Plan", true);
            sheet.header(Column.of("Année", 8), Column.of("Résultats", 20));
            sheet.row(Cell.year(2008), Cell.wrapped("Une trentaine de personnes ; objectifs de participation atteints."));
            sheet.row(Cell.year(2009), "court");
            sheet.finish();
            book.save(file);
        }
        try (Workbook wb = WorkbookFactory.create(file.toFile())) {
            Sheet sheet = wb.getSheet("Plan");
            var year = sheet.getRow(1).getCell(0);
            assertThat(year.getNumericCellValue()).isEqualTo(2008);
            assertThat(new DataFormatter().formatCellValue(year)).isEqualTo("2008");
            assertThat(sheet.getRow(1).getHeightInPoints()).isGreaterThan(3 * 13f);
            assertThat(sheet.getRow(2).getHeightInPoints()).isEqualTo(sheet.getDefaultRowHeightInPoints());
        }
    }
}
