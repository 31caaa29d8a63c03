package fr.cress.relais.exchange;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Stops reading when a line grows beyond a limit, so that a file with a huge cell or no line breaks cannot fill
 * the memory before the CSV parser has even produced a record.
 */
final class LineLimitReader extends FilterReader {

    private final int maxLineChars;
    private int lineChars;
    private long line = 1;

    LineLimitReader(Reader in, int maxLineChars) {
        super(in);
        this.maxLineChars = maxLineChars;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            count((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int read = super.read(buffer, offset, length);
        for (int i = 0; i < read; i++) {
            count(buffer[offset + i]);
        }
        return read;
    }

    private void count(char c) throws LineTooLongException {
        if (c == '\n') {
            line++;
            lineChars = 0;
        } else if (++lineChars > maxLineChars) {
            throw new LineTooLongException(line);
        }
    }

    /** Thrown when a line passes the limit; carries the 1-based line number. */
    static final class LineTooLongException extends IOException {
        private final long line;

        LineTooLongException(long line) {
            super("Line " + line + " too long");
            this.line = line;
        }

        long line() {
            return line;
        }
    }
}
