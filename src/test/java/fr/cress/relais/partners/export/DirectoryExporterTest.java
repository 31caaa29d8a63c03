package fr.cress.relais.partners.export;

import fr.cress.relais.app.Relais;
import fr.cress.relais.common.concurrent.Progress;
import fr.cress.relais.partners.Directory;
import fr.cress.relais.partners.LegalForm;
import fr.cress.relais.partners.Organisation;
import fr.cress.relais.partners.OrganisationKind;
import fr.cress.relais.testing.TestStores;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** The exported directory, read back with POI as a partner's spreadsheet reads it. */
class DirectoryExporterTest {

    @TempDir
    Path dir;

    private Relais relais;

    @BeforeEach
    void open() {
        relais = TestStores.demoRelais(dir);
    }

    @AfterEach
    void close() {
        relais.close();
    }

    private static Row rowWith(Sheet sheet, String firstCell) {
        return StreamSupport.stream(sheet.spliterator(), false)
                .filter(r -> r.getCell(0) != null && r.getCell(0).getCellType() == CellType.STRING
                        && firstCell.equals(r.getCell(0).getStringCellValue()))
                .findFirst().orElseThrow();
    }

    @Test
    void theDirectoryHasThreeSheetsWithAccentsTypesAndFormulaSafeText() throws Exception {
        relais.partners().partners().save(new Organisation(null, "=HYPERLINK(\"x\")", "@SUM", OrganisationKind.OTHER,
                LegalForm.OTHER, null, null, "Écouché", null, null, null, null, List.of("-1"), null, 0, null));
        Path file = dir.resolve(relais.partners().exporter().suggestedFileName());
        relais.partners().exporter().write(relais.partners().partners().directory(), null, file, Progress.NONE);

        assertThat(file.getFileName().toString()).isEqualTo("Annuaire des partenaires - CRESS - 2026-11-26.xlsx");
        try (Workbook wb = WorkbookFactory.create(file.toFile())) {
            assertThat(wb.getSheetName(0)).isEqualTo("Organisations");
            assertThat(wb.getSheetName(1)).isEqualTo("Contacts");
            assertThat(wb.getSheetName(2)).isEqualTo("Adhésions");
            Sheet orgs = wb.getSheet("Organisations");
            assertThat(orgs.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Annuaire des partenaires – organisations");
            assertThat(orgs.getRow(2).getCell(0).getStringCellValue()).startsWith("Exporté le 26/11/2026");
            assertThat(orgs.getPaneInformation().isFreezePane()).isTrue();
            assertThat(orgs.getRepeatingRows()).isNotNull();

            Row injected = rowWith(orgs, "=HYPERLINK(\"x\")");
            assertThat(injected.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(injected.getCell(1).getStringCellValue()).isEqualTo("@SUM");
            assertThat(injected.getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(injected.getCell(6).getStringCellValue()).isEqualTo("Écouché");
            Row lecoeur = rowWith(orgs, "Territoires etc.");
            assertThat(lecoeur.getCell(13).getStringCellValue()).isEqualTo("Élodie Lecœur");
            assertThat(DateUtil.isCellDateFormatted(lecoeur.getCell(15))).isTrue();

            Sheet members = wb.getSheet("Adhésions");
            Row former = rowWith(members, "Entreprendre autrement en Basse-Normandie");
            Row cae = StreamSupport.stream(members.spliterator(), false)
                    .filter(r -> r.getCell(1) != null && "CAE de l’Orne".equals(r.getCell(1).getStringCellValue()))
                    .findFirst().orElseThrow();
            assertThat(cae.getCell(5).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2009, 6, 30));
            assertThat(cae.getCell(6).getStringCellValue()).isEqualTo("Ancien membre");
            assertThat(DateUtil.isCellDateFormatted(former.getCell(4))).isTrue();
            assertThat(new DataFormatter().formatCellValue(former.getCell(4))).matches("\\d\\d/\\d\\d/\\d{4}");
        }
    }

    @Test
    void exportingWhatIsShownKeepsOnlyTheChosenOrganisationsAndSaysWhichFilter() throws Exception {
        Directory d = relais.partners().partners().directory();
        Set<Long> caen = Set.copyOf(d.organisations().stream().filter(o -> "Saint-Lô".equals(o.town()))
                .map(Organisation::id).toList());
        Path file = dir.resolve("saint-lo.xlsx");
        relais.partners().exporter().write(d.withOrganisations(caen), "Saint-Lô", file, Progress.NONE);
        try (Workbook wb = WorkbookFactory.create(file.toFile())) {
            Sheet orgs = wb.getSheet("Organisations");
            assertThat(orgs.getRow(1).getCell(0).getStringCellValue()).endsWith("sélection\u202F: Saint-Lô");
            assertThat(orgs.getLastRowNum() - 4).isEqualTo(2);
            assertThat(wb.getSheet("Contacts").getLastRowNum() - 4).isEqualTo(2);
        }
    }
}
