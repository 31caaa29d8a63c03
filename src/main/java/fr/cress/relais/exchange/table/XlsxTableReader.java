package fr.cress.relais.exchange.table;

import fr.cress.relais.common.concurrent.CancelledException;
import fr.cress.relais.common.concurrent.Progress;
import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.RecordFormatException;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The first sheet of an .xlsx workbook, read with POI's event (SAX) reader: shared strings read-only, rows
 * streamed, never the whole workbook in memory. Date cells come as ISO dates (2026-11-26) whatever their
 * display format; other cells as the spreadsheet shows them.
 */
final class XlsxTableReader implements TableReader {

    private static final int PROGRESS_EVERY = 500;

    private final Path file;
    private final long size;
    private final TableLimits limits;
    private String sheetName;

    XlsxTableReader(Path file, long size, TableLimits limits) {
        this.file = file;
        this.size = size;
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
                throw new TableFileException(TableProblem.EMPTY, null);
            }
            try (InputStream sheet = sheets.next()) {
                sheetName = sheets.getSheetName();
                Rows rows = new Rows(handler, progress);
                XMLReader parser = SAXHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings, rows,
                        new IsoDateFormatter(), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (Stop stop) {
            // the handler asked to stop
        } catch (TableFileException | CancelledException e) {
            throw e;
        } catch (NotOfficeXmlFileException | InvalidFormatException e) {
            TableFileException damaged = classify(e);
            throw damaged.problem() == TableProblem.MALFORMED ? new TableFileException(TableProblem.NOT_XLSX, e) : damaged;
        } catch (SAXException e) {
            throw unwrap(e);
        } catch (IOException | OpenXML4JException | RecordFormatException | IllegalStateException
                 | IllegalArgumentException | org.apache.poi.ooxml.POIXMLException e) {
            throw classify(e);
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new TableFileException(TableProblem.MALFORMED, e);
        }
    }

    private static TableFileException unwrap(SAXException e) {
        if (e.getException() instanceof TableFileException t) {
            return t;
        }
        if (e.getException() instanceof CancelledException c) {
            throw c;
        }
        return classify(e);
    }

    /** POI reports hostile or broken workbooks with messages rather than types: sort them out here. */
    static TableFileException classify(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("zip bomb") || message.contains("doctype") || message.contains("entity")
                    || t instanceof RecordFormatException) {
                return new TableFileException(TableProblem.SUSPICIOUS, e);
            }
            if (message.contains("truncated") || message.contains("end header") || message.contains("unexpected end")
                    || t instanceof java.util.zip.ZipException || t instanceof java.io.EOFException) {
                return new TableFileException(TableProblem.TRUNCATED, e);
            }
        }
        if (e instanceof org.xml.sax.SAXParseException || e instanceof NotOfficeXmlFileException
                || e instanceof InvalidFormatException) {
            return new TableFileException(TableProblem.MALFORMED, e);
        }
        return new TableFileException(TableProblem.TRUNCATED, e);
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
                throw new TableFileException(TableProblem.TOO_LARGE, rowNum + 1L, null);
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
            if (column >= limits.maxColumns()) {
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
