package fr.cress.relais.exchange;

import fr.cress.relais.common.concurrent.Progress;
import fr.cress.relais.common.error.BadInputException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV as partners send it, read as a table: the encoding recognised by {@link CsvOpener} (UTF-8 with or
 * without mark, Windows-1252 as French Excel writes it, UTF-16 with mark), the separator detected (semicolon,
 * comma or tab), the records checked by {@link GuardedCsv} (quotes, cell and line lengths, number of rows).
 */
final class CsvTableReader implements TableReader {

    private static final int PROGRESS_EVERY = 500;

    private final Path file;
    private final long size;
    private final FileLimits limits;
    private final CsvOpener.Encoding encoding;
    private final char delimiter;

    private CsvTableReader(Path file, long size, FileLimits limits, CsvOpener.Encoding encoding, char delimiter) {
        this.file = file;
        this.size = size;
        this.limits = limits;
        this.encoding = encoding;
        this.delimiter = delimiter;
    }

    /** Detects the encoding (refusing a binary or self-contradicting file) and the separator. */
    static CsvTableReader open(Path file, long size, FileLimits limits) {
        try {
            CsvOpener.Encoding encoding = CsvOpener.detect(file);
            return new CsvTableReader(file, size, limits, encoding, detectDelimiter(file, encoding));
        } catch (IOException e) {
            throw new BadInputException(e, List.of(), "safety.input.unreadable", FileGuard.name(file));
        }
    }

    @Override
    public TableSource source() {
        return new TableSource(file, TableSource.Format.CSV, encoding.charset(), delimiter, null);
    }

    @Override
    public void read(RowHandler handler, Progress progress) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        try (CountingInputStream counting = new CountingInputStream(Files.newInputStream(file));
             GuardedCsv csv = new GuardedCsv(FileGuard.name(file), CsvOpener.reader(counting, encoding, limits),
                     format, limits)) {
            long rows = 0;
            for (CSVRecord record : csv) {
                if (!handler.row(csv.currentLine(), cells(record))) {
                    return;
                }
                if (++rows % PROGRESS_EVERY == 0) {
                    progress.update(counting.count(), size);
                    progress.checkCancelled();
                }
            }
            progress.update(size, size);
        } catch (IOException e) {
            throw new BadInputException(e, List.of(), "safety.input.unreadable", FileGuard.name(file));
        }
    }

    private static List<String> cells(CSVRecord record) {
        int n = Math.min(record.size(), MAX_COLUMNS);
        List<String> cells = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            cells.add(record.get(i).strip());
        }
        return cells;
    }

    /** The separator that splits the first non-blank line into the most cells (« ; » wins a tie). */
    private static char detectDelimiter(Path file, CsvOpener.Encoding encoding) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(encoding.bomLength());
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, encoding.charset().newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)));
            char[] head = new char[64 * 1024];
            int read = reader.read(head);
            for (String line : new String(head, 0, Math.max(read, 0)).split("\n")) {
                if (!line.isBlank()) {
                    return bestDelimiter(line);
                }
            }
        }
        return ';';
    }

    static char bestDelimiter(String line) {
        char best = ';';
        int bestCount = count(line, ';');
        for (char candidate : new char[]{'\t', ','}) {
            int n = count(line, candidate);
            if (n > bestCount) {
                best = candidate;
                bestCount = n;
            }
        }
        return best;
    }

    private static int count(String line, char delimiter) {
        int n = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == delimiter && !quoted) {
                n++;
            }
        }
        return n;
    }
}
