package fr.cress.relais.exchange;

import fr.cress.relais.common.error.BadInputException;
import net.fortuna.ical4j.model.Calendar;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the guard lets through, as an importer receives it: the right text, the right rows, valid shapes. */
class FileGuardAcceptsTest {

    @TempDir
    Path dir;

    private final FileGuard guard = FileGuard.standard();

    @Test
    void aWorkbookWrittenByPoiOpensReadOnly() throws Exception {
        Path file = dir.resolve("partenaires.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            var row = book.createSheet("Partenaires").createRow(0);
            row.createCell(0).setCellValue("Économie solidaire");
            try (var out = Files.newOutputStream(file)) {
                book.write(out);
            }
        }
        long size = Files.size(file);
        try (XSSFWorkbook book = guard.openWorkbook(file)) {
            assertThat(book.getSheet("Partenaires").getRow(0).getCell(0).getStringCellValue()).isEqualTo("Économie solidaire");
        }
        assertThat(Files.size(file)).as("closing a read-only workbook writes nothing").isEqualTo(size);
    }

    @Test
    void csvEncodingsAreRecognised() throws Exception {
        String text = "Nom;Ville\nÉconomie solidaire;Hérouville-Saint-Clair\n";
        Path utf8Bom = dir.resolve("bom.csv");
        Files.write(utf8Bom, concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8)));
        Path cp1252 = dir.resolve("excel-fr.csv");
        Files.write(cp1252, text.getBytes(Charset.forName("windows-1252")));
        Path utf16 = dir.resolve("unicode.csv");
        Files.write(utf16, concat(new byte[]{(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE)));

        for (Path file : List.of(utf8Bom, cp1252, utf16)) {
            List<CSVRecord> rows = rows(guard, file);
            assertThat(rows).hasSize(1);
            assertThat(rows.get(0).get("Nom")).as(file.getFileName().toString()).isEqualTo("Économie solidaire");
            assertThat(rows.get(0).get("Ville")).isEqualTo("Hérouville-Saint-Clair");
        }
    }

    @Test
    void csvRowAndCellLimitsApplyWhileIterating() throws Exception {
        Path file = dir.resolve("rows.csv");
        Files.writeString(file, "Nom;Ville\nA;Caen\nB;Bayeux\nC;Lisieux\n");
        FileGuard small = new FileGuard(new FileLimits(1024, 1024, 10, 2, 7, 100, 8, 100, 1900, 2100));

        assertThatThrownBy(() -> rows(small, file))
                .isInstanceOfSatisfying(BadInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("safety.input.tooManyRows"));
        assertThat(rows(new FileGuard(new FileLimits(1024, 1024, 10, 3, 7, 100, 8, 100, 1900, 2100)), file)).hasSize(3);
        assertThatThrownBy(() -> rows(new FileGuard(new FileLimits(1024, 1024, 10, 3, 5, 100, 8, 100, 1900, 2100)), file))
                .isInstanceOfSatisfying(BadInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("safety.input.csv.hugeCell"));
    }

    @Test
    void aSheetWithTooManyRowsIsRefused() throws Exception {
        Path file = dir.resolve("long.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            var sheet = book.createSheet("Liste");
            for (int i = 0; i < 5; i++) {
                sheet.createRow(i).createCell(0).setCellValue("ligne " + i);
            }
            try (var out = Files.newOutputStream(file)) {
                book.write(out);
            }
        }
        FileGuard small = new FileGuard(new FileLimits(1 << 20, 1 << 24, 100, 4, 100, 1000, 8, 100, 1900, 2100));
        assertThatThrownBy(() -> small.openWorkbook(file))
                .isInstanceOfSatisfying(BadInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("safety.input.xlsx.tooManyRows"));
    }

    @Test
    void validGeoJsonGivesWgs84Geometries() throws Exception {
        Path file = dir.resolve("pays.geojson");
        Files.writeString(file, "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
                + "\"properties\":{\"nom\":\"Pays du Bessin au Virois\"},\"geometry\":{\"type\":\"Polygon\","
                + "\"coordinates\":[[[-0.9,49.2],[-0.5,49.2],[-0.5,49.4],[-0.9,49.4],[-0.9,49.2]]]}}]}");

        List<GeoFeature> features = guard.readGeoJson(file);

        assertThat(features).hasSize(1);
        assertThat(features.get(0).properties().path("nom").asText()).isEqualTo("Pays du Bessin au Virois");
        assertThat(features.get(0).geometry().getArea()).isCloseTo(0.08, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(features.get(0).geometry().getSRID()).isEqualTo(4326);
    }

    @Test
    void aCalendarWithPlausibleDatesIsRead() throws Exception {
        Path file = dir.resolve("reunions.ics");
        Files.writeString(file, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Relais//Test//FR\r\nBEGIN:VEVENT\r\n"
                + "UID:1@relais\r\nDTSTAMP:20261126T090000Z\r\nDTSTART:20261203T140000\r\nDTEND:20261203T160000\r\n"
                + "SUMMARY:Groupe Entreprendre autrement\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");

        Calendar calendar = guard.readCalendar(file);

        assertThat(calendar.getComponents()).hasSize(1);
    }

    private static List<CSVRecord> rows(FileGuard guard, Path file) {
        List<CSVRecord> rows = new ArrayList<>();
        try (GuardedCsv csv = guard.openCsv(file, GuardedCsv.FRENCH_EXCEL)) {
            csv.forEach(rows::add);
        }
        return rows;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
