package fr.cress.relais.exchange;

import fr.cress.relais.common.concurrent.CancelledException;
import fr.cress.relais.common.concurrent.Progress;
import fr.cress.relais.common.error.BadInputException;
import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The first sheet of an .xlsx workbook, read with POI's event (SAX) reader: shared strings read-only, rows
 * streamed, never the whole workbook in memory. The file has passed {@link WorkbookOpener#check} (kind, zip
 * directory, declared sizes); POI's own protections stay as they are (ZipSecureFile inflation ratio, no
 * DOCTYPE). Date cells come as ISO dates (2026-11-26) whatever their display format; other cells as the
 * spreadsheet shows them.
 */
final class XlsxTableReader implements TableReader {

    private static final int PROGRESS_EVERY = 500;

    private final Path file;
    private final String name;
    private final FileLimits limits;
    private String sheetName;

    XlsxTableReader(Path file, FileLimits limits) {
        this.file = file;
        this.name = FileGuard.name(file);
        this.limits = limits;
    }

    @Override
    public TableSource source() {
        return new TableSource(file, TableSource.Format.XLSX, null, '\0', sheetName);
    }

    @Override
    public void read(RowHandler handler, Progress progress) {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new BadInputException("safety.input.empty", name);
            }
            try (InputStream sheet = sheets.next()) {
                sheetName = sheets.getSheetName();
                XMLReader parser = SAXHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings,
                        new Rows(handler, progress), new IsoDateFormatter(), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (Stop stop) {
            // the handler asked to stop
        } catch (BadInputException | CancelledException e) {
            throw e;
        } catch (SAXException e) {
            throw unwrap(e);
        } catch (IOException | OpenXML4JException | ParserConfigurationException | RuntimeException e) {
            throw WorkbookOpener.refusal(e, name);
        }
    }

    private RuntimeException unwrap(SAXException e) {
        if (e.getException() instanceof BadInputException refused) {
            return refused;
        }
        if (e.getException() instanceof CancelledException cancelled) {
            return cancelled;
        }
        return WorkbookOpener.refusal(e, name);
    }

    /** Collects the cells of each row in column order (empty cells as ""). */
    private final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final RowHandler handler;
        private final Progress progress;
        private final List<String> cells = new ArrayList<>();
        private long count;

        Rows(RowHandler handler, Progress progress) {
            this.handler = handler;
            this.progress = progress;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
            if (++count > limits.maxRows()) {
                throw new BadInputException("safety.input.xlsx.tooManyRows", name, sheetName, limits.maxRows());
            }
        }

        @Override
        public void endRow(int rowNum) {
            while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
                cells.remove(cells.size() - 1);
            }
            if (!cells.isEmpty() && !handler.row(rowNum + 1L, List.copyOf(cells))) {
                throw new Stop();
            }
            if (count % PROGRESS_EVERY == 0) {
                progress.update(-1, -1);
                progress.checkCancelled();
            }
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            if (column >= MAX_COLUMNS) {
                return;
            }
            while (cells.size() < column) {
                cells.add("");
            }
            String value = formattedValue == null ? "" : formattedValue.strip();
            if (column < cells.size()) {
                cells.set(column, value);
            } else {
                cells.add(value);
            }
        }
    }

    /** Thrown from the SAX handler to stop reading early. */
    private static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }

    /** Shows date cells as 2026-11-26 (whatever their format or the locale), everything else as displayed. */
    private static final class IsoDateFormatter extends DataFormatter {

        IsoDateFormatter() {
            super(Locale.FRANCE);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                var dateTime = DateUtil.getLocalDateTime(value, use1904);
                return dateTime.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
                        ? DateTimeFormatter.ISO_LOCAL_DATE.format(dateTime)
                        : DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(dateTime);
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904);
        }
    }
}
