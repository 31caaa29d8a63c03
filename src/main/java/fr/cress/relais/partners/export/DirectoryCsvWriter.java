package fr.cress.relais.partners.export;

import fr.cress.relais.common.concurrent.Progress;
import fr.cress.relais.common.error.AppException;
import fr.cress.relais.common.text.Formats;
import fr.cress.relais.exchange.SafeText;
import fr.cress.relais.partners.Contact;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The contacts of the directory as French Excel opens a CSV file correctly: UTF-8 with a byte-order mark,
 * {@code ;} between cells, lines ending in CR LF, a header row, dates as 26/11/2026. Every text cell goes through
 * {@link SafeText#forCsv}: a cell a spreadsheet could evaluate (=, +, -, @, tab, CR…) starts with a quote.
 * Written to a temporary file beside the target, then moved: a failed export leaves no half file.
 */
final class DirectoryCsvWriter {

    /** What French Excel expects; the mark is written by hand (commons-csv does not write one). */
    static final CSVFormat FRENCH_EXCEL = CSVFormat.EXCEL.builder().setDelimiter(';').get();
    private static final char BOM = '\uFEFF';

    private final ContactColumns columns;

    DirectoryCsvWriter(ContactColumns columns) {
        this.columns = columns;
    }

    void write(DirectoryTables tables, Path file, Progress progress) {
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        try {
            try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8);
                 CSVPrinter csv = new CSVPrinter(out, FRENCH_EXCEL)) {
                out.write(BOM);
                csv.printRecord(safe(new ArrayList<>(columns.headers())));
                int n = 0;
                for (Contact c : tables.contacts) {
                    csv.printRecord(safe(columns.row(c, tables)));
                    DirectoryExporter.check(++n, progress);
                }
            }
            Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            deleteQuietly(partial);
            throw new AppException(e, "partners.export.failed", file.getFileName().toString());
        } catch (RuntimeException e) {
            deleteQuietly(partial);
            throw e;
        }
    }

    private static List<String> safe(List<?> values) {
        List<String> cells = new ArrayList<>(values.size());
        for (Object value : values) {
            cells.add(SafeText.forCsv(text(value)));
        }
        return cells;
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDate date) {
            return Formats.date(date);
        }
        if (value instanceof LocalDateTime dateTime) {
            return Formats.dateTime(dateTime);
        }
        return value.toString();
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // nothing more to do: the message already says the export failed
        }
    }
}
