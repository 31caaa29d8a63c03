package fr.cress.relais.exchange.table;

import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Opens a table file for reading, refusing what is not safe or not a table before anything is read:
 * missing, empty or oversized files, workbooks protected by a password, old .xls, text renamed .xlsx.
 * The format is chosen from the extension and checked against the first bytes.
 */
public final class TableFiles {

    private static final int HEAD = 8 * 1024;

    private TableFiles() {
    }

    public static TableReader open(Path file) {
        return open(file, TableLimits.DEFAULT);
    }

    public static TableReader open(Path file, TableLimits limits) {
        try {
            long size = checkedSize(file, limits);
            byte[] head = head(file);
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (isOle2(head)) {
                throw new TableFileException(isEncrypted(file) ? TableProblem.ENCRYPTED : TableProblem.OLD_EXCEL, null);
            }
            if (name.endsWith(".xlsx") || name.endsWith(".xlsm")) {
                if (!isZip(head)) {
                    throw new TableFileException(TableProblem.NOT_XLSX, null);
                }
                return new XlsxTableReader(file, size, limits);
            }
            if (name.endsWith(".csv") || name.endsWith(".txt") || name.endsWith(".tsv")) {
                if (isZip(head)) {
                    throw new TableFileException(TableProblem.NOT_TEXT, null);
                }
                return CsvTableReader.open(file, head, size, limits);
            }
            throw new TableFileException(name.endsWith(".xls") ? TableProblem.OLD_EXCEL : TableProblem.UNSUPPORTED, null);
        } catch (IOException e) {
            throw new TableFileException(TableProblem.UNREADABLE, e);
        }
    }

    /** The size of a regular, readable file within the limits. */
    private static long checkedSize(Path file, TableLimits limits) throws IOException {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new TableFileException(TableProblem.UNREADABLE, null);
        }
        long size = Files.size(file);
        if (size == 0) {
            throw new TableFileException(TableProblem.EMPTY, null);
        }
        if (size > limits.maxBytes()) {
            throw new TableFileException(TableProblem.TOO_LARGE, null);
        }
        return size;
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD);
        }
    }

    private static boolean isZip(byte[] head) {
        return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    private static boolean isOle2(byte[] head) {
        return head.length >= 8 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF
                && (head[2] & 0xFF) == 0x11 && (head[3] & 0xFF) == 0xE0;
    }

    /** An OOXML workbook protected by a password is an OLE2 container holding « EncryptionInfo ». */
    private static boolean isEncrypted(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            return fs.getRoot().hasEntry("EncryptionInfo");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
