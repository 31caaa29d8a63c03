package fr.cress.relais.testing;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Hostile and broken files, as partners (or attackers) send them: small ones committed in
 * {@code src/test/resources/corpus} (see its README), large ones generated into a temporary folder at test time.
 * Every importer's tests can run over {@link #all(Path)}: each item says which refusal (i18n key) it must meet.
 * <p>Run {@link #main} to write the committed files again (from the project folder).
 */
public final class BadInputCorpus {

    /** What an importer expects: a workbook, a CSV file, a GeoJSON file or a calendar. */
    public enum Kind { XLSX, CSV, GEOJSON, ICS }

    /** One corpus file and the refusal it must meet. */
    public record Item(String name, Path file, Kind kind, String expectedKey) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final String COMMITTED = "/corpus/";

    /**
     * {@code windows-1252.csv}: a partner list as French Excel saves « CSV (séparateur : point-virgule) », in
     * Windows-1252 without a mark. Not bad input: it is read correctly (é, ’, € and Œ decoded).
     */
    public static final String WINDOWS_1252_LIST = "Structure;Sigle;Ville;Notes\r\n"
            + "Coopérative d’activités Œuvre & Cie;CAEOC;Hérouville-Saint-Clair;Cotisation 2026 : 150 € réglée\r\n";

    private BadInputCorpus() {
    }

    /** Every corpus file: the committed ones, and the large ones written into {@code tempDir}. */
    public static List<Item> all(Path tempDir) throws IOException {
        List<Item> items = new ArrayList<>(committed());
        items.addAll(generated(tempDir));
        return items;
    }

    public static List<Item> committed() {
        return List.of(
                item("empty.xlsx", Kind.XLSX, "safety.input.empty"),
                item("text-renamed.xlsx", Kind.XLSX, "safety.input.xlsx.notWorkbook"),
                item("plain-zip.xlsx", Kind.XLSX, "safety.input.xlsx.notWorkbook"),
                item("truncated.xlsx", Kind.XLSX, "safety.input.xlsx.damaged"),
                item("duplicate-entries.xlsx", Kind.XLSX, "safety.input.xlsx.duplicateEntries"),
                item("xxe.xlsx", Kind.XLSX, "safety.input.xlsx.xml"),
                item("password-protected.xlsx", Kind.XLSX, "safety.input.xlsx.encrypted"),
                item("zip-bomb-small.xlsx", Kind.XLSX, "safety.input.xlsx.bomb"),
                item("empty.csv", Kind.CSV, "safety.input.empty"),
                item("windows-1252-mislabelled.csv", Kind.CSV, "safety.input.csv.encoding"),
                item("stray-quotes.csv", Kind.CSV, "safety.input.csv.malformed"),
                item("workbook-renamed.csv", Kind.CSV, "safety.input.csv.notText"),
                item("invalid.geojson", Kind.GEOJSON, "safety.input.json.malformed"),
                item("not-geojson.geojson", Kind.GEOJSON, "safety.input.geojson.notGeoJson"),
                item("self-intersecting.geojson", Kind.GEOJSON, "safety.input.geojson.selfIntersection"),
                item("lambert93.geojson", Kind.GEOJSON, "safety.input.geojson.notWgs84"),
                item("dates-out-of-range.ics", Kind.ICS, "safety.input.ics.dateOutOfRange"),
                item("invalid-date.ics", Kind.ICS, "safety.input.ics.malformed"));
    }

    /** Large files, written at test time so that the repository stays small. */
    public static List<Item> generated(Path dir) throws IOException {
        Files.createDirectories(dir);
        return List.of(
                new Item("zip-bomb.xlsx", zipBomb(dir.resolve("zip-bomb.xlsx")), Kind.XLSX, "safety.input.xlsx.bomb"),
                new Item("huge-cell.csv", hugeCell(dir.resolve("huge-cell.csv")), Kind.CSV, "safety.input.csv.hugeCell"),
                new Item("unclosed-quote.csv", unclosedQuote(dir.resolve("unclosed-quote.csv")), Kind.CSV,
                        "safety.input.csv.hugeLine"),
                new Item("millions-of-rows.csv", manyRows(dir.resolve("millions-of-rows.csv"), 1_000_000), Kind.CSV,
                        "safety.input.tooManyRows"),
                new Item("too-large.csv", tooLarge(dir.resolve("too-large.csv")), Kind.CSV, "safety.input.tooLarge"),
                new Item("deeply-nested.geojson", deeplyNested(dir.resolve("deeply-nested.geojson"), 10_000),
                        Kind.GEOJSON, "safety.input.json.tooDeep"),
                new Item("huge.geojson", hugeGeoJson(dir.resolve("huge.geojson")), Kind.GEOJSON, "safety.input.tooLarge"));
    }

    private static Item item(String name, Kind kind, String key) {
        try {
            return new Item(name, Path.of(BadInputCorpus.class.getResource(COMMITTED + name).toURI()), kind, key);
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("Corpus file missing: " + name, e);
        }
    }

    // ---- generated at test time ----------------------------------------------------------------------------

    /** Honest zip headers declaring 110 MB of sheet XML (spaces), compressed to about 110 KB. */
    static Path zipBomb(Path file) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>(validWorkbookParts());
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (var part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                if (part.getKey().equals("xl/worksheets/sheet1.xml")) {
                    writeSpaces(zip, 110L * 1024 * 1024);
                } else {
                    zip.write(part.getValue());
                }
                zip.closeEntry();
            }
        }
        return file;
    }

    static Path hugeCell(Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("Nom;Ville;Notes\nURSCOP;Caen;\"");
            out.write("x".repeat(40_000));
            out.write("\"\n");
        }
        return file;
    }

    /** A quote opened and never closed, then 2 million characters without a line break. */
    static Path unclosedQuote(Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("Nom;Ville\n\"ARDES;Caen");
            for (int i = 0; i < 2_000; i++) {
                out.write("y".repeat(1_000));
            }
        }
        return file;
    }

    static Path manyRows(Path file, int rows) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("Nom;Ville\n");
            for (int i = 0; i < rows; i++) {
                out.write("P");
                out.write(Integer.toString(i));
                out.write(";Caen\n");
            }
        }
        return file;
    }

    /** 60 MB of well-formed rows: over the size limit before a row is read. */
    static Path tooLarge(Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("Nom;Ville;Notes\n");
            String row = "Structure;Caen;" + "n".repeat(100) + "\n";
            for (long written = 0; written < 60L * 1024 * 1024; written += row.length()) {
                out.write(row);
            }
        }
        return file;
    }

    static Path deeplyNested(Path file, int levels) throws IOException {
        String json = "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Point\",\"coordinates\":"
                + "[".repeat(levels) + "0" + "]".repeat(levels) + "}}";
        return Files.writeString(file, json, StandardCharsets.UTF_8);
    }

    /** A valid FeatureCollection of 60 MB (small squares across Normandy). */
    static Path hugeGeoJson(Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("{\"type\":\"FeatureCollection\",\"features\":[");
            long written = 0;
            for (int i = 0; written < 60L * 1024 * 1024; i++) {
                double x = -1.5 + (i % 1000) * 0.001;
                double y = 48.5 + (i / 1000 % 1000) * 0.001;
                String feature = (i > 0 ? "," : "") + "{\"type\":\"Feature\",\"properties\":{\"nom\":\"Carré " + i
                        + "\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[" + x + "," + y + "],[" + (x + 0.0005)
                        + "," + y + "],[" + (x + 0.0005) + "," + (y + 0.0005) + "],[" + x + "," + (y + 0.0005) + "],["
                        + x + "," + y + "]]]}}";
                out.write(feature);
                written += feature.length();
            }
            out.write("]}");
        }
        return file;
    }

    private static void writeSpaces(OutputStream out, long count) throws IOException {
        byte[] chunk = new byte[1024 * 1024];
        Arrays.fill(chunk, (byte) ' ');
        for (long done = 0; done < count; done += chunk.length) {
            out.write(chunk);
        }
    }

    // ---- committed files (regenerate with main) --------------------------------------------------------------

    /** Writes the committed corpus files into {@code src/test/resources/corpus} (run from the project folder). */
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/test/resources/corpus");
        Files.createDirectories(dir);
        Files.write(dir.resolve("empty.xlsx"), new byte[0]);
        Files.write(dir.resolve("empty.csv"), new byte[0]);
        Files.writeString(dir.resolve("text-renamed.xlsx"),
                "Nom;Ville\nURSCOP;Caen\nCe fichier texte a été renommé en .xlsx.\n", StandardCharsets.UTF_8);
        Files.write(dir.resolve("plain-zip.xlsx"), zip(Map.of("lisez-moi.txt",
                "Une archive zip ordinaire, pas un classeur.".getBytes(StandardCharsets.UTF_8))));
        byte[] valid = validWorkbook();
        Files.write(dir.resolve("truncated.xlsx"), Arrays.copyOf(valid, valid.length * 6 / 10));
        Files.write(dir.resolve("duplicate-entries.xlsx"), duplicateEntries());
        Files.write(dir.resolve("xxe.xlsx"), xxe());
        Files.write(dir.resolve("password-protected.xlsx"), encrypted(valid));
        Files.write(dir.resolve("zip-bomb-small.xlsx"), smallBomb());
        Files.write(dir.resolve("windows-1252-mislabelled.csv"), mislabelled());
        Files.write(dir.resolve("windows-1252.csv"), WINDOWS_1252_LIST.getBytes(Charset.forName("windows-1252")));
        Files.writeString(dir.resolve("stray-quotes.csv"),
                "Nom;Sigle;Ville\nUnion régionale des SCOP;URSCOP;Caen\n\"Familles\" Rurales;FR;Saint-Lô\n",
                StandardCharsets.UTF_8);
        Files.write(dir.resolve("workbook-renamed.csv"), valid);
        Files.writeString(dir.resolve("invalid.geojson"),
                "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"nom\":\"Calvados\"},",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("not-geojson.geojson"),
                "{\"type\":\"Carte\",\"communes\":[\"Caen\",\"Bayeux\"]}\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("self-intersecting.geojson"), feature("Pays du Bessin",
                "[[[-0.9,49.2],[-0.5,49.4],[-0.5,49.2],[-0.9,49.4],[-0.9,49.2]]]"), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("lambert93.geojson"), feature("Caen (Lambert-93)",
                "[[[454000,6904000],[456000,6904000],[456000,6906000],[454000,6906000],[454000,6904000]]]"),
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("dates-out-of-range.ics"), calendar("DTSTART:99991126T140000\r\nDTEND:99991126T160000"),
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("invalid-date.ics"), calendar("DTSTART:20261341T140000\r\nDTEND:20261341T160000"),
                StandardCharsets.UTF_8);
    }

    private static String feature(String name, String rings) {
        return "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"nom\":\"" + name
                + "\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":" + rings + "}}]}\n";
    }

    private static String calendar(String dates) {
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Relais//Corpus//FR\r\nBEGIN:VEVENT\r\n"
                + "UID:reunion-1@relais\r\nDTSTAMP:20261126T090000Z\r\n" + dates + "\r\n"
                + "SUMMARY:Réunion du groupe Entreprendre autrement\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    }

    /** A small valid workbook (sheet « Partenaires »: Nom, Ville / URSCOP, Caen). */
    public static byte[] validWorkbookBytes() throws IOException {
        return validWorkbook();
    }

    static byte[] validWorkbook() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet("Partenaires");
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue("Nom");
            header.createCell(1).setCellValue("Ville");
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue("URSCOP");
            row.createCell(1).setCellValue("Caen");
            workbook.write(out);
        }
        return out.toByteArray();
    }

    static Map<String, byte[]> validWorkbookParts() throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(validWorkbook()))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                parts.put(entry.getName(), in.readAllBytes());
            }
        }
        return parts;
    }

    private static byte[] zip(Map<String, byte[]> parts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** A second sheet part written under a placeholder name, then renamed in the bytes to the first one's name. */
    private static byte[] duplicateEntries() throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>(validWorkbookParts());
        String sheet = "xl/worksheets/sheet1.xml";
        String twin = "xl/worksheets/sheetX.xml";
        parts.put(twin, new String(parts.get(sheet), StandardCharsets.UTF_8)
                .replace("URSCOP", "ARDES").getBytes(StandardCharsets.UTF_8));
        byte[] bytes = zip(parts);
        byte[] from = twin.getBytes(StandardCharsets.US_ASCII);
        byte[] to = sheet.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i + from.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + from.length, from, 0, from.length)) {
                System.arraycopy(to, 0, bytes, i, to.length);
            }
        }
        return bytes;
    }

    /** The sheet declares an external entity pointing at a local file. */
    private static byte[] xxe() throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>(validWorkbookParts());
        String sheet = new String(parts.get("xl/worksheets/sheet1.xml"), StandardCharsets.UTF_8);
        String hostile = sheet.replaceFirst("\\?>", "?>\n<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>")
                .replace("<sheetData>", "<sheetData><row r=\"5\"><c r=\"A5\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row>");
        parts.put("xl/worksheets/sheet1.xml", hostile.getBytes(StandardCharsets.UTF_8));
        return zip(parts);
    }

    private static byte[] encrypted(byte[] workbook) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("cress2026");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                out.write(workbook);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            fs.writeFilesystem(bytes);
            return bytes.toByteArray();
        }
    }

    /** 5 MB of spaces in the sheet, a few KB once compressed: under the size limits, over POI's inflation ratio. */
    private static byte[] smallBomb() throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>(validWorkbookParts());
        byte[] spaces = new byte[5 * 1024 * 1024];
        Arrays.fill(spaces, (byte) ' ');
        parts.put("xl/worksheets/sheet1.xml", spaces);
        return zip(parts);
    }

    /** Starts with the UTF-8 byte-order mark, then Windows-1252 bytes (É, è, ’). */
    private static byte[] mislabelled() {
        Charset cp1252 = Charset.forName("windows-1252");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        out.writeBytes("Nom;Ville\nURSCOP;Caen\nÉconomie solidaire en réseau;Hérouville-Saint-Clair\nL’Atelier;Lisieux\n"
                .getBytes(cp1252));
        return out.toByteArray();
    }
}
