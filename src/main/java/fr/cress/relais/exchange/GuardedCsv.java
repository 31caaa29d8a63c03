package fr.cress.relais.exchange;

import fr.cress.relais.common.error.BadInputException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The records of a CSV file opened by {@link FileGuard#openCsv}: iterating checks each record (well-formed
 * quotes, no cell longer than the limit, not more rows than the limit) and refuses the file with a
 * {@link BadInputException} naming the line. Iterate once; close when done.
 */
public final class GuardedCsv implements Iterable<CSVRecord>, Closeable {

    /** What French Excel writes: {@code ;} between cells, a header row naming the columns. */
    public static final CSVFormat FRENCH_EXCEL = CSVFormat.DEFAULT.builder()
            .setDelimiter(';')
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();

    private final String name;
    private final CSVParser parser;
    private final FileLimits limits;

    GuardedCsv(String name, Reader reader, CSVFormat format, FileLimits limits) throws IOException {
        this.name = name;
        this.limits = limits;
        try {
            this.parser = CSVParser.builder().setReader(reader).setFormat(format).get();
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            reader.close();
            throw refusal(e, 1);
        }
    }

    /** The line where the last record read ends (1-based). */
    public long currentLine() {
        return parser.getCurrentLineNumber();
    }

    /** The header names, in file order (empty when the format reads no header). */
    public List<String> headers() {
        return parser.getHeaderNames();
    }

    @Override
    public Iterator<CSVRecord> iterator() {
        Iterator<CSVRecord> records = parser.iterator();
        return new Iterator<>() {
            private long rows;

            @Override
            public boolean hasNext() {
                try {
                    return records.hasNext();
                } catch (UncheckedIOException | IllegalStateException e) {
                    // The parser stopped inside the faulty line: its line number is that line's.
                    throw refusal(e, parser.getCurrentLineNumber());
                }
            }

            @Override
            public CSVRecord next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                CSVRecord record = records.next();
                if (++rows > limits.maxRows()) {
                    throw new BadInputException("safety.input.tooManyRows", name, limits.maxRows());
                }
                checkCells(record);
                return record;
            }
        };
    }

    private void checkCells(CSVRecord record) {
        for (int i = 0; i < record.size(); i++) {
            if (record.get(i).length() > limits.maxCellChars()) {
                throw new BadInputException("safety.input.csv.hugeCell", name, parser.getCurrentLineNumber(), i + 1,
                        limits.maxCellChars());
            }
        }
    }

    private BadInputException refusal(Exception error, long line) {
        Throwable cause = error instanceof UncheckedIOException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof LineLimitReader.LineTooLongException tooLong) {
            return new BadInputException(error, List.of(), "safety.input.csv.hugeLine", name, tooLong.line(),
                    limits.maxLineChars());
        }
        if (cause instanceof CharacterCodingException) {
            return new BadInputException(error, List.of(), "safety.input.csv.encoding", name, line);
        }
        if (cause instanceof IllegalArgumentException) {
            return new BadInputException(error, List.of(), "safety.input.csv.header", name);
        }
        return new BadInputException(error, List.of(), "safety.input.csv.malformed", name, Math.max(1, line));
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            // read-only: nothing to lose
        }
    }
}
