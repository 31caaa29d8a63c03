package fr.cress.relais.holders;

import fr.cress.relais.app.Relais;
import fr.cress.relais.common.concurrent.Progress;
import fr.cress.relais.testing.TestStores;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The holders' workbook read back as a partner would open it: anonymised by default. */
class HoldersExportTest {

    @TempDir
    static Path dir;
    static Relais relais;
    static List<Holder> holders;

    @BeforeAll
    static void open() {
        relais = TestStores.demoRelais(dir);
        holders = relais.holders().holders().rows().stream().map(r -> relais.holders().holders().get(r.id())).toList();
    }

    @AfterAll
    static void close() {
        relais.close();
    }

    @Test
    void theDefaultExportHoldsNoNameNoEmailNoPhone() throws Exception {
        Path file = dir.resolve("anonyme.xlsx");
        HoldersExport.Result result = relais.holders().export().write(file, false, Progress.NONE);

        assertThat(result.holders()).isEqualTo(holders.size());
        List<String> texts = texts(file);
        assertThat(texts).isNotEmpty().contains("Liste des porteurs", "Besoins", "Carentan-les-Marais");
        for (Holder h : holders) {
            for (String personal : new String[]{h.displayName(), h.lastName(), h.email(), h.phone(), h.projectName(),
                    h.projectSummary(), h.notes()}) {
                if (personal != null && personal.length() > 3) {
                    assertThat(texts).as("%s must not be exported", personal)
                            .noneMatch(t -> t.contains(personal));
                }
            }
        }
        assertThat(texts).noneMatch(t -> t.contains("@")).noneMatch(t -> t.matches(".*0[67] \\d\\d \\d\\d.*"));
    }

    @Test
    void withNamesTheListCarriesThePeopleAndAWarning() throws Exception {
        Path file = dir.resolve("nominatif.xlsx");
        relais.holders().export().write(file, true, 2007, 2009, Progress.NONE);

        List<String> texts = texts(file);
        assertThat(texts).contains("Association OSIRIS").anyMatch(t -> t.endsWith("@exemple.example.org"))
                .anyMatch(t -> t.contains("DONNÉES PERSONNELLES"));
    }

    @Test
    void statisticsSheetsHaveYearsAcrossAndTotalsAsFormulas() throws Exception {
        Path file = dir.resolve("stats.xlsx");
        relais.holders().export().write(file, false, 2007, 2009, Progress.NONE);

        try (Workbook wb = WorkbookFactory.create(file.toFile())) {
            Sheet needs = wb.getSheet("Besoins");
            Row header = needs.getRow(needs.getPaneInformation().getHorizontalSplitPosition() - 1);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Besoin");
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("2007");
            assertThat(header.getCell(4).getStringCellValue()).isEqualTo("Total");
            Row first = needs.getRow(header.getRowNum() + 1);
            assertThat(first.getCell(4).getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(first.getCell(4).getNumericCellValue()).isEqualTo(
                    first.getCell(1).getNumericCellValue() + first.getCell(2).getNumericCellValue()
                            + first.getCell(3).getNumericCellValue());
            Sheet years = wb.getSheet("Par année");
            Row total = years.getRow(years.getLastRowNum());
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Total");
            assertThat(total.getCell(4).getNumericCellValue())
                    .isEqualTo(relais.holders().statistics(2007, 2009).holders());
            assertThat(wb.getSheet("Orientations")).isNotNull();
            assertThat(wb.getSheet("Demande sans offre")).isNotNull();
        }
    }

    /** Every text cell of every sheet. */
    static List<String> texts(Path file) throws Exception {
        List<String> texts = new ArrayList<>();
        try (Workbook wb = WorkbookFactory.create(file.toFile())) {
            for (Sheet sheet : wb) {
                texts.add(sheet.getSheetName());
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.STRING) {
                            texts.add(cell.getStringCellValue());
                        }
                    }
                }
                texts.add(sheet.getHeader().getCenter());
            }
        }
        return texts;
    }
}
