package fr.cress.relais.actions;

import fr.cress.relais.app.Relais;
import fr.cress.relais.testing.TestStores;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The bilan opened by LibreOffice (when installed): a figure is changed in the file without recalculating
 * it, LibreOffice opens it (recalculating every formula) and saves it again, and the totals it computed are
 * read back.
 */
class BilanInLibreOfficeTest {

    private static final String RECALC_ON_LOAD = """
            <?xml version="1.0" encoding="UTF-8"?>
            <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
            <item oor:path="/org.openoffice.Office.Calc/Formula/Load">\
            <prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
            </oor:items>
            """;

    @TempDir
    Path dir;

    @Test
    void libreOfficeRecalculatesTheTotalsOfAnEditedBilan() throws Exception {
        Path soffice = Path.of("/usr/bin/soffice");
        assumeTrue(Files.isExecutable(soffice), "LibreOffice is not installed");
        Path original = dir.resolve("bilan.xlsx");
        double allExpenses;
        try (Relais relais = TestStores.demoRelais(dir)) {
            long programme = relais.actions().programmes().current().orElseThrow().id();
            relais.actions().exports().writeBilan(programme, original);
            allExpenses = relais.actions().budgets().totals(programme).overall().expenses().planned().doubleValue();
        }
        Path edited = dir.resolve("edited.xlsx");
        try (Workbook wb = WorkbookFactory.create(original.toFile());
             OutputStream out = Files.newOutputStream(edited)) {
            new BilanSheet(wb.getSheet("Bilan")).action("Brochure").row().getCell(BilanWriter.EXPENSES).setCellValue(5500);
            wb.setForceFormulaRecalculation(true);
            wb.write(out); // cached totals are now stale: only a recalculation can fix them
        }

        Path converted = convert(soffice, edited);

        try (Workbook wb = WorkbookFactory.create(converted.toFile())) {
            Sheet sheet = wb.getSheet("Bilan");
            BilanSheet bilan = new BilanSheet(sheet);
            assertThat(bilan.totalRow.getCell(BilanWriter.EXPENSES).getNumericCellValue()).isEqualTo(allExpenses + 1000);
            assertThat(BilanSheet.number(bilan.objectiveRows.get("1.1"), BilanWriter.EXPENSES))
                    .isEqualTo(4500 + 1000 + 600 + 1200 + 3000.0);
            var printed = bilan.action("Brochure").indicators().get(0);
            assertThat(printed.achieved()).isEqualTo(3000.0);
            assertThat(BilanSheet.number(printed.row(), BilanWriter.RATIO)).isEqualTo(3.0);
            assertThat(bilan.action("Café-débat").indicators().get(0).achieved()).isEqualTo(30.0);
        }
    }

    private Path convert(Path soffice, Path file) throws Exception {
        Path out = Files.createDirectories(dir.resolve("lo"));
        Path profile = dir.resolve("lo-profile");
        // A fresh profile that asks LibreOffice to recalculate every formula of an .xlsx file when loading it.
        Files.createDirectories(profile.resolve("user"));
        Files.writeString(profile.resolve("user").resolve("registrymodifications.xcu"), RECALC_ON_LOAD);
        Process process = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + profile.toUri(),
                "--headless", "--norestore", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", out.toString(),
                file.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("lo.log").toFile()).start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("LibreOffice finished").isTrue();
        Path converted = out.resolve(file.getFileName());
        assertThat(converted).as("converted by LibreOffice: %s", Files.readString(dir.resolve("lo.log"))).exists();
        return converted;
    }

}
