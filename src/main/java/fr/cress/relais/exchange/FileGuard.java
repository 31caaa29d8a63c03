package fr.cress.relais.exchange;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import fr.cress.relais.common.error.BadInputException;
import net.fortuna.ical4j.model.Calendar;
import org.apache.commons.csv.CSVFormat;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The door every imported file goes through. Each method reads one kind of file within {@link FileLimits} and
 * turns every way a file can be wrong into a {@link BadInputException} whose French message says what happened
 * and what to do (keys {@code safety.input.*}); it never changes anything, so an importer that lets the exception
 * through changes nothing either (the command line exits 3, the window shows the message).
 * <pre>
 *   FileGuard guard = FileGuard.standard();
 *   guard.openTable(path).read((line, cells) -&gt; ..., progress);           // .csv or .xlsx, streamed
 *   try (XSSFWorkbook book = guard.openWorkbook(path)) { ... }              // .xlsx, read-only
 *   try (GuardedCsv csv = guard.openCsv(path, GuardedCsv.FRENCH_EXCEL)) {  // encoding detected
 *       for (CSVRecord row : csv) { ... }                                   // quotes, cells, rows checked
 *   }
 *   List&lt;GeoFeature&gt; contours = guard.readGeoJson(path);                     // JTS geometries, valid, WGS 84
 *   guard.streamJson(path, parser -&gt; ...);                                     // large JSON, element by element
 *   Calendar agenda = guard.readCalendar(path);                                 // ical4j, dates in range
 * </pre>
 * Refused: missing, unreadable, empty or oversized files; for .xlsx a text file or plain zip renamed, a
 * truncated file, duplicate zip entries, zip bombs (POI's ZipSecureFile limits are never loosened), XML with a
 * DOCTYPE (XXE), password-protected and .xls workbooks, sheets with too many rows; for CSV a binary file, UTF-8
 * announced but not respected, stray quotes, huge cells or lines, too many rows; for JSON invalid syntax, deep
 * nesting, huge strings; for GeoJSON unknown types, bad coordinates, self-intersections, coordinates not in
 * WGS 84; for iCalendar invalid syntax, unreadable dates and dates outside {@link FileLimits#firstYear()} –
 * {@link FileLimits#lastYear()}.
 */
public final class FileGuard {

    private static final Set<String> WORKBOOK_EXTENSIONS = Set.of("xlsx", "xlsm", "xls");
    private static final Set<String> TABLE_EXTENSIONS = Set.of("xlsx", "xlsm", "xls", "csv", "txt", "tsv");

    private final FileLimits limits;

    public FileGuard(FileLimits limits) {
        this.limits = limits;
    }

    public static FileGuard standard() {
        return new FileGuard(FileLimits.STANDARD);
    }

    public FileLimits limits() {
        return limits;
    }

    /** Opens an .xlsx workbook read-only (closing it never writes); the caller closes it. */
    public XSSFWorkbook openWorkbook(Path file) {
        return new WorkbookOpener(limits).open(checkFile(file));
    }

    /** Opens a CSV file; its records are checked while iterating. The caller closes it. */
    public GuardedCsv openCsv(Path file, CSVFormat format) {
        return CsvOpener.open(checkFile(file), format, limits);
    }

    /**
     * Opens a table for reading row by row: a CSV file (.csv, .txt, .tsv) or the first sheet of a workbook
     * (.xlsx, .xlsm). The kind is recognised from the first bytes, not from the name: a workbook renamed .csv
     * is read as the workbook it is (with every workbook check); a text renamed .xlsx, an encrypted or .xls
     * workbook are refused. Reading checks what can only be seen while reading (see {@link TableReader}).
     */
    public TableReader openTable(Path file) {
        Path checked = checkFile(file);
        String name = name(checked);
        String extension = extension(name);
        if (!TABLE_EXTENSIONS.contains(extension)) {
            throw new BadInputException("safety.input.table.unsupported", name);
        }
        FileMagic magic = WorkbookOpener.magic(checked);
        if (magic == FileMagic.OOXML || magic == FileMagic.OLE2 || WORKBOOK_EXTENSIONS.contains(extension)) {
            new WorkbookOpener(limits).check(checked, magic);
            return new XlsxTableReader(checked, limits);
        }
        return CsvTableReader.open(checked, size(checked), limits);
    }

    /** Reads a JSON document within the nesting and string limits. */
    public JsonNode readJson(Path file) {
        return new JsonOpener(limits).read(checkFile(file));
    }

    /**
     * Reads a JSON file as a stream (for large files read element by element) within the nesting, string and
     * number limits; Jackson's errors (syntax, depth, duplicate keys) become French refusals, and a
     * {@link BadInputException} thrown by {@code reading} goes through as it is.
     */
    public <T> T streamJson(Path file, JsonReading<T> reading) {
        return new JsonOpener(limits).stream(checkFile(file), reading);
    }

    /** What reads a JSON stream opened by {@link #streamJson}. */
    @FunctionalInterface
    public interface JsonReading<T> {
        T read(JsonParser parser) throws IOException;
    }

    /** Reads a GeoJSON file (FeatureCollection, Feature or bare geometry) into valid JTS geometries. */
    public List<GeoFeature> readGeoJson(Path file) {
        Path checked = checkFile(file);
        return new GeoJsonReader(checked).read(new JsonOpener(limits).read(checked));
    }

    /** Reads an iCalendar file; every date of every component is readable and within the limits. */
    public Calendar readCalendar(Path file) {
        return new CalendarOpener(limits).read(checkFile(file));
    }

    /** The checks every kind shares: the file exists, is readable, is not empty and not too large. */
    public Path checkFile(Path file) {
        String name = name(file);
        if (!Files.exists(file)) {
            throw new BadInputException("safety.input.missing", name);
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new BadInputException("safety.input.unreadable", name);
        }
        long size = size(file);
        if (size == 0) {
            throw new BadInputException("safety.input.empty", name);
        }
        if (size > limits.maxBytes()) {
            throw new BadInputException("safety.input.tooLarge", name, megabytes(size), megabytes(limits.maxBytes()));
        }
        return file;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new BadInputException(e, List.of(), "safety.input.unreadable", name(file));
        }
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    static String name(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    /** Whole megabytes, rounded up (a 50.2 MB file is said to weigh 51). */
    static long megabytes(long bytes) {
        return (bytes + 1024 * 1024 - 1) / (1024 * 1024);
    }
}
