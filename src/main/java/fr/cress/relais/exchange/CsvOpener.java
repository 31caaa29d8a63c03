package fr.cress.relais.exchange;

import fr.cress.relais.common.error.BadInputException;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;

/**
 * Opens a CSV file as text in the right encoding: a UTF-8 byte-order mark means UTF-8 and is enforced (a file
 * that announces UTF-8 but holds other bytes is refused, naming the line); UTF-16 marks are honoured; without a
 * mark the file is UTF-8 if it decodes as such, else Windows-1252 (what French Excel writes). Binary files
 * (a workbook renamed .csv, NUL bytes) are refused.
 */
final class CsvOpener {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final int SNIFF = 8192;

    private CsvOpener() {
    }

    static GuardedCsv open(Path file, CSVFormat format, FileLimits limits) {
        String name = FileGuard.name(file);
        try {
            Encoding encoding = detect(file);
            return new GuardedCsv(name, reader(Files.newInputStream(file), encoding, limits), format, limits);
        } catch (IOException e) {
            throw new BadInputException(e, List.of(), "safety.input.unreadable", name);
        }
    }

    /** The encoding of a text file; a binary file or one that breaks its own UTF-8 mark is refused. */
    static Encoding detect(Path file) throws IOException {
        return encoding(file, head(file), FileGuard.name(file));
    }

    /**
     * The text of {@code in} (the whole file, from its first byte) decoded strictly, its mark skipped, each line
     * bounded by the limits so that a file without line breaks cannot fill the memory.
     */
    static Reader reader(InputStream raw, Encoding encoding, FileLimits limits) throws IOException {
        InputStream in = new BufferedInputStream(raw, 64 * 1024);
        in.skipNBytes(encoding.bomLength());
        return new LineLimitReader(new InputStreamReader(in, encoding.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)), limits.maxLineChars());
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(SNIFF);
        }
    }

    private static Encoding encoding(Path file, byte[] head, String name) throws IOException {
        if (startsWith(head, (byte) 0xFF, (byte) 0xFE)) {
            return new Encoding(StandardCharsets.UTF_16LE, 2);
        }
        if (startsWith(head, (byte) 0xFE, (byte) 0xFF)) {
            return new Encoding(StandardCharsets.UTF_16BE, 2);
        }
        if (looksBinary(head)) {
            throw new BadInputException("safety.input.csv.notText", name);
        }
        boolean bom = startsWith(head, UTF8_BOM);
        long badLine = firstLineNotUtf8(file, bom ? UTF8_BOM.length : 0);
        if (bom && badLine > 0) {
            throw new BadInputException("safety.input.csv.encoding", name, badLine);
        }
        if (badLine > 0) {
            return new Encoding(WINDOWS_1252, 0);
        }
        return new Encoding(StandardCharsets.UTF_8, bom ? UTF8_BOM.length : 0);
    }

    /** Zip or OLE2 signatures, or NUL bytes: not a text file. */
    private static boolean looksBinary(byte[] head) {
        if (startsWith(head, (byte) 'P', (byte) 'K', (byte) 3, (byte) 4)
                || startsWith(head, (byte) 0xD0, (byte) 0xCF, (byte) 0x11, (byte) 0xE0)) {
            return true;
        }
        for (byte b : head) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    /** Decodes the whole file as strict UTF-8 in a streaming pass; the 1-based line of the first bad byte, or 0. */
    private static long firstLineNotUtf8(Path file, int skip) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
        CharBuffer chars = CharBuffer.allocate(64 * 1024);
        long line = 1;
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(skip);
            boolean end = false;
            while (!end) {
                int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
                end = read < 0;
                bytes.position(bytes.position() + Math.max(read, 0));
                bytes.flip();
                CoderResult result = decoder.decode(bytes, chars, end);
                line += newlines(chars);
                if (result.isError()) {
                    return line;
                }
                bytes.compact();
            }
        } catch (CharacterCodingException e) {
            return line;
        }
        return 0;
    }

    private static long newlines(CharBuffer chars) {
        chars.flip();
        long count = 0;
        while (chars.hasRemaining()) {
            if (chars.get() == '\n') {
                count++;
            }
        }
        chars.clear();
        return count;
    }

    private static boolean startsWith(byte[] data, byte... prefix) {
        return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
    }

    /** A detected encoding, and the length of the byte-order mark to skip. */
    record Encoding(Charset charset, int bomLength) {
    }
}
