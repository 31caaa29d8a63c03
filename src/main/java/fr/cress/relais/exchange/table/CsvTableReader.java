package fr.cress.relais.exchange.table;

import fr.cress.relais.common.concurrent.Progress;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV as partners send it: UTF-8 with or without BOM, Windows-1252 (French Excel), or UTF-16 with BOM
 * (Excel's « texte Unicode »); separated by semicolons, commas or tabs. Encoding and separator are detected;
 * rows are read one by one with Commons CSV.
 */
final class CsvTableReader implements TableReader {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int PROGRESS_EVERY = 500;

    private final Path file;
    private final long size;
    private final TableLimits limits;
    private final Charset charset;
    private final int bomLength;
    private final char delimiter;

    private CsvTableReader(Path file, long size, TableLimits limits, Charset charset, int bomLength, char delimiter) {
        this.file = file;
        this.size = size;
        this.limits = limits;
        this.charset = charset;
        this.bomLength = bomLength;
        this.delimiter = delimiter;
    }

    /** Detects the encoding and the separator; {@code head} holds the first bytes of the file. */
    static CsvTableReader open(Path file, byte[] head, long size, TableLimits limits) throws IOException {
        Charset charset;
        int bom = 0;
        if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
            charset = StandardCharsets.UTF_8;
            bom = 3;
        } else if (startsWith(head, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            bom = 2;
        } else if (startsWith(head, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            bom = 2;
        } else {
            for (byte b : head) {
                if (b == 0) {
                    throw new TableFileException(TableProblem.NOT_TEXT, null);
                }
            }
            charset = isUtf8(file) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        }
        return new CsvTableReader(file, size, limits, charset, bom, detectDelimiter(file, charset, bom));
    }

    @Override
    public TableSource source() {
        return new TableSource(file, TableSource.Format.CSV, charset, delimiter, null);
    }

    @Override
    public void read(RowHandler handler, Progress progress) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        try (CountingInputStream counting = new CountingInputStream(Files.newInputStream(file));
             Reader reader = reader(counting);
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            long rows = 0;
            var records = parser.iterator();
            while (next(records, parser)) {
                CSVRecord record = records.next();
                if (++rows > limits.maxRows()) {
                    throw new TableFileException(TableProblem.TOO_LARGE, parser.getCurrentLineNumber(), null);
                }
                if (!handler.row(parser.getCurrentLineNumber(), cells(record))) {
                    return;
                }
                if (rows % PROGRESS_EVERY == 0) {
                    progress.update(counting.count(), size);
                    progress.checkCancelled();
                }
            }
            progress.update(size, size);
        } catch (IOException e) {
            throw new TableFileException(TableProblem.UNREADABLE, e);
        }
    }

    private static boolean next(java.util.Iterator<CSVRecord> records, CSVParser parser) {
        try {
            return records.hasNext();
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new TableFileException(TableProblem.MALFORMED, parser.getCurrentLineNumber(), e);
        }
    }

    private List<String> cells(CSVRecord record) {
        int n = Math.min(record.size(), limits.maxColumns());
        List<String> cells = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            cells.add(record.get(i).strip());
        }
        return cells;
    }

    private Reader reader(InputStream in) throws IOException {
        in.skipNBytes(bomLength);
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        return new BufferedReader(new InputStreamReader(in, decoder), 64 * 1024);
    }

    /** True when the whole file decodes as UTF-8 (checked streaming: a late accent counts too). */
    private static boolean isUtf8(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
        CharBuffer chars = CharBuffer.allocate(64 * 1024);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[32 * 1024];
            int n;
            while ((n = in.read(buffer)) > 0) {
                bytes.put(buffer, 0, n).flip();
                if (decoder.decode(bytes, chars, false).isError()) {
                    return false;
                }
                bytes.compact();
                chars.clear();
            }
            bytes.flip();
            return !decoder.decode(bytes, chars, true).isError() && !decoder.flush(chars).isError();
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** The separator that splits the first non-blank line into the most cells (« ; » wins a tie). */
    private static char detectDelimiter(Path file, Charset charset, int bom) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(bom);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)));
            String line;
            int read = 0;
            while ((line = reader.readLine()) != null && read++ < 50) {
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

    private static boolean startsWith(byte[] head, int... prefix) {
        if (head.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((head[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
