package fr.cress.relais.exchange;

import fr.cress.relais.common.error.BadInputException;
import org.apache.poi.EmptyFileException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.InvalidOperationException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.util.RecordFormatException;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Opens an .xlsx workbook safely: the kind of file is recognised from its first bytes (not its name), the zip's
 * directory is checked before POI reads anything (complete, no duplicate part, sizes within the limits), then POI
 * opens it read-only with its own protections left as they are (ZipSecureFile inflation ratio, no DOCTYPE).
 */
final class WorkbookOpener {

    private static final String XXE_HINT = "doctype";
    private final FileLimits limits;

    WorkbookOpener(FileLimits limits) {
        this.limits = limits;
    }

    XSSFWorkbook open(Path file) {
        String name = FileGuard.name(file);
        check(file, magic(file));
        XSSFWorkbook workbook = load(file, name);
        try {
            checkRows(workbook, name);
            return workbook;
        } catch (BadInputException e) {
            closeQuietly(workbook);
            throw e;
        }
    }

    /**
     * What a file holding {@code magic} can be refused for before anything is decompressed: not a zip, an OLE2
     * container (a password or the old .xls format), a damaged zip directory, duplicate parts, a declared size
     * beyond the limits.
     */
    void check(Path file, FileMagic magic) {
        String name = FileGuard.name(file);
        switch (magic) {
            case OOXML -> checkZip(file, name);
            case OLE2 -> throw oleRefusal(file, name);
            default -> throw new BadInputException("safety.input.xlsx.notWorkbook", name);
        }
    }

    /** The kind of file, from its first bytes. */
    static FileMagic magic(Path file) {
        String name = FileGuard.name(file);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return FileMagic.valueOf(in);
        } catch (EmptyFileException e) {
            throw new BadInputException("safety.input.empty", name);
        } catch (IOException e) {
            throw new BadInputException(e, List.of(), "safety.input.unreadable", name);
        }
    }

    /** An OLE2 file is either an encrypted .xlsx (password) or an old .xls. */
    private static BadInputException oleRefusal(Path file, String name) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            boolean encrypted = fs.getRoot().hasEntry("EncryptionInfo");
            return new BadInputException(encrypted ? "safety.input.xlsx.encrypted" : "safety.input.xlsx.oldFormat", name);
        } catch (IOException | RuntimeException e) {
            return new BadInputException(e, List.of(), "safety.input.xlsx.damaged", name);
        }
    }

    /** Reads the zip's central directory only: truncation, duplicate parts, declared sizes. */
    private void checkZip(Path file, String name) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Set<String> names = new HashSet<>();
            long xml = 0;
            int count = 0;
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                if (++count > limits.maxZipEntries()) {
                    throw new BadInputException("safety.input.xlsx.bomb", name);
                }
                if (!names.add(entry.getName().toLowerCase(Locale.ROOT))) {
                    throw new BadInputException("safety.input.xlsx.duplicateEntries", name, entry.getName());
                }
                if (entry.getName().endsWith(".xml") || entry.getName().endsWith(".rels")) {
                    xml += Math.max(0, entry.getSize());
                }
            }
            if (xml > limits.maxUnzippedXml()) {
                throw new BadInputException("safety.input.xlsx.bomb", name);
            }
        } catch (ZipException e) {
            throw new BadInputException(e, List.of(), "safety.input.xlsx.damaged", name);
        } catch (IOException e) {
            throw new BadInputException(e, List.of(), "safety.input.unreadable", name);
        }
    }

    private static XSSFWorkbook load(Path file, String name) {
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            return new XSSFWorkbook(pkg);
        } catch (IOException | POIXMLException | RecordFormatException | InvalidFormatException
                 | InvalidOperationException | IllegalArgumentException | IllegalStateException e) {
            revert(pkg);
            throw refusal(e, name);
        }
    }

    /** What an error of POI (or of the XML parser under it) means for the user. */
    static BadInputException refusal(Throwable error, String name) {
        if (error instanceof InvalidFormatException || error instanceof UnsupportedFileFormatException
                || error instanceof InvalidOperationException) {
            return new BadInputException(error, List.of(), "safety.input.xlsx.notWorkbook", name);
        }
        return new BadInputException(error, List.of(), refusalKey(error), name);
    }

    /** What POI's refusal means for the user: a bomb, forbidden XML (XXE), or a damaged file. */
    private static String refusalKey(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("zip bomb") || message.contains("max entry size") || message.contains("max text size")) {
                return "safety.input.xlsx.bomb";
            }
            if (message.contains(XXE_HINT) || message.contains("external entity")) {
                return "safety.input.xlsx.xml";
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return "safety.input.xlsx.damaged";
    }

    private void checkRows(XSSFWorkbook workbook, String name) {
        for (Sheet sheet : workbook) {
            if (sheet.getLastRowNum() + 1L > limits.maxRows()) {
                throw new BadInputException("safety.input.xlsx.tooManyRows", name, sheet.getSheetName(), limits.maxRows());
            }
        }
    }

    private static void revert(OPCPackage pkg) {
        if (pkg != null) {
            pkg.revert();
        }
    }

    private static void closeQuietly(XSSFWorkbook workbook) {
        try {
            workbook.close();
        } catch (IOException e) {
            // read-only: nothing to lose
        }
    }
}
