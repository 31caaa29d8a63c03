package fr.cress.relais.territory;

import fr.cress.relais.app.Relais;
import fr.cress.relais.common.concurrent.Progress;
import fr.cress.relais.testing.TestStores;
import org.apache.poi.ss.usermodel.ConditionalFormatting;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gap list, the exported matrix and the coverage the map draws tell the same story, for every service and
 * family, at every level.
 */
class CoverageAgreementTest {

    @TempDir
    static Path dir;
    static Relais relais;
    static CoverageService coverage;
    static Path file;

    @BeforeAll
    static void export() throws Exception {
        relais = TestStores.demoRelais(dir);
        coverage = relais.territory().coverage();
        file = dir.resolve("couverture.xlsx");
        coverage.exportMatrix(file, Progress.NONE);
    }

    @AfterAll
    static void close() {
        relais.close();
    }

    private static Set<String> gapCodes(TerritoryLevel level, Set<ServiceKind> services) {
        return codes(coverage.gaps(level, services));
    }

    private static Set<String> codes(List<TerritoryCoverage> list) {
        Set<String> codes = new LinkedHashSet<>();
        list.forEach(c -> codes.add(c.territory().code()));
        return codes;
    }

    @Test
    void gapsAreTheTerritoriesTheMapColoursAsWithoutStructure() {
        for (TerritoryLevel level : TerritoryLevel.values()) {
            for (ServiceKind service : ServiceKind.values()) {
                List<TerritoryCoverage> map = coverage.coverage(level, Set.of(service));
                Set<String> zeros = codes(map.stream().filter(c -> c.structureCount() == 0).toList());
                assertThat(gapCodes(level, Set.of(service))).as("%s %s", level, service).isEqualTo(zeros);
                assertThat(map.stream().filter(c -> c.coveredPopulation() == 0).count()).isEqualTo(zeros.size());
            }
        }
    }

    @Test
    void theMatrixCountsAgreeWithTheGapsAndTheMap() {
        for (TerritoryLevel level : TerritoryLevel.values()) {
            CoverageMatrix matrix = coverage.matrix(level);
            for (ServiceKind service : ServiceKind.values()) {
                Set<String> zeros = new LinkedHashSet<>();
                matrix.rows().stream().filter(r -> r.count(service) == 0).forEach(r -> zeros.add(r.territory().code()));
                assertThat(zeros).as("%s %s", level, service).isEqualTo(gapCodes(level, Set.of(service)));
            }
            for (ServiceFamily family : ServiceFamily.values()) {
                List<TerritoryCoverage> map = coverage.coverage(level, ServiceKind.resolve(family.key()));
                for (int i = 0; i < map.size(); i++) {
                    assertThat(matrix.rows().get(i).count(family)).isEqualTo(map.get(i).structureCount());
                }
            }
        }
    }

    @Test
    void theExportedWorkbookAgreesWithTheGapListForEveryServiceOfTheEpciSheet() throws Exception {
        try (Workbook book = WorkbookFactory.create(file.toFile())) {
            Sheet sheet = book.getSheet("Intercommunalité (EPCI)");
            Row header = header(sheet);
            List<Object> columns = CoverageWorkbook.countColumns();
            for (int c = 0; c < columns.size(); c++) {
                Set<ServiceKind> services = columns.get(c) instanceof ServiceKind s ? Set.of(s)
                        : ServiceKind.resolve(((ServiceFamily) columns.get(c)).key());
                int column = CoverageWorkbook.FIRST_COUNT_COLUMN + c;
                Set<String> zeros = new LinkedHashSet<>();
                List<String> codes = new ArrayList<>();
                for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    if (row.getCell(1) == null) {
                        continue; // the total row
                    }
                    codes.add(row.getCell(0).getStringCellValue());
                    if (row.getCell(column).getNumericCellValue() == 0) {
                        zeros.add(row.getCell(0).getStringCellValue());
                    }
                }
                assertThat(codes).hasSize(40);
                assertThat(zeros).as(header.getCell(column).getStringCellValue())
                        .containsExactlyInAnyOrderElementsOf(gapCodes(TerritoryLevel.EPCI, services));
            }
        }
    }

    @Test
    void theWorkbookLooksLikeARelaisExportWithConditionalColours() throws Exception {
        try (Workbook book = WorkbookFactory.create(file.toFile())) {
            assertThat(book.getNumberOfSheets()).isEqualTo(4);
            Sheet sheet = book.getSheetAt(0);
            Row header = header(sheet);
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Territoire");
            assertThat(header.getCell(3).getStringCellValue()).isEqualTo("Accompagnement (ensemble)");
            assertThat(header.getCell(5).getStringCellValue()).isEqualTo("Accompagnement à l’émergence");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getSheetConditionalFormatting().getNumConditionalFormattings()).isEqualTo(1);
            ConditionalFormatting formatting = sheet.getSheetConditionalFormatting().getConditionalFormattingAt(0);
            assertThat(formatting.getNumberOfRules()).isEqualTo(3);
            assertThat(formatting.getFormattingRanges()[0].formatAsString()).isEqualTo("D6:U45");
            Row total = sheet.getRow(sheet.getLastRowNum());
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Territoires sans structure");
            assertThat(total.getCell(5).getCellFormula()).isEqualTo("COUNTIF(F6:F45,0)");
            assertThat(total.getCell(2).getCellFormula()).isEqualTo("SUM(C6:C45)");
            Sheet communes = book.getSheet("Commune");
            assertThat(communes.getLastRowNum() - header(communes).getRowNum()).isEqualTo(1352 + 1);
        }
    }

    private static Row header(Sheet sheet) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && "Code".equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no header row");
    }
}
