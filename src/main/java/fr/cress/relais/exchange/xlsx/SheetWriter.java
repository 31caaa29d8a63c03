package fr.cress.relais.exchange.xlsx;

import fr.cress.relais.exchange.SafeText;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * Writes one sheet top to bottom: an optional title block, a header row, data rows, total rows, then
 * {@link #finish()} freezes the header, sets the autofilter, the column widths and the A4 print set-up
 * (fit to width, header row repeated on each page, page numbers).
 * Text is always written as text: a name such as {@code =HYPERLINK("x")} stays text (quote prefix).
 */
public final class SheetWriter {

    private static final int MAX_WIDTH = 60;
    private static final int MAX_TRACKED_ROWS = 2_000;
    private static final float LINE_HEIGHT_POINTS = 13.5f;

    private final Sheet sheet;
    private final Styles styles;
    private final boolean landscape;
    private int nextRow;
    private int headerRow = -1;
    private int columns;
    private int[] fixedWidths = new int[0];
    private int[] widths = new int[0];
    private int rowsTracked;
    private int rowLines;
    private float dataRowHeight = -1;
    private String title = "";

    SheetWriter(Sheet sheet, Styles styles, boolean landscape) {
        this.sheet = sheet;
        this.styles = styles;
        this.landscape = landscape;
    }

    /** What the file is, for whom, when and by whom: up to three lines above the table. */
    public SheetWriter titleBlock(String title, String... lines) {
        this.title = title;
        text(sheet.createRow(nextRow++), 0, title, styles.title);
        for (String line : lines) {
            if (line != null && !line.isBlank()) {
                text(sheet.createRow(nextRow++), 0, line, styles.subtitle);
            }
        }
        nextRow++; // one blank row before the table
        return this;
    }

    /** Gives every following data row this height in points, e.g. room to sign on an attendance sheet. */
    public SheetWriter rowHeight(float points) {
        this.dataRowHeight = points;
        return this;
    }

    /** Prints the cell grid: forms filled in by hand (an attendance sheet) stay readable on paper. */
    public SheetWriter printGridlines() {
        sheet.setPrintGridlines(true);
        return this;
    }

    public SheetWriter header(Column... cols) {
        return header(Arrays.asList(cols));
    }

    public SheetWriter header(List<Column> cols) {
        headerRow = nextRow;
        columns = cols.size();
        fixedWidths = cols.stream().mapToInt(Column::width).toArray();
        widths = new int[columns];
        Row row = sheet.createRow(nextRow++);
        row.setHeightInPoints(30);
        for (int i = 0; i < columns; i++) {
            text(row, i, cols.get(i).header(), styles.header);
            track(i, Math.min(cols.get(i).header().length(), 30));
        }
        return this;
    }

    /** One data row; see {@link Cell} for the values understood. Returns the row's 1-based Excel number. */
    public int row(Object... values) {
        Row row = sheet.createRow(nextRow++);
        rowLines = 1;
        if (dataRowHeight > 0) {
            row.setHeightInPoints(dataRowHeight);
        }
        for (int i = 0; i < values.length; i++) {
            write(row, i, values[i], false);
        }
        if (rowLines > 1) {
            row.setHeightInPoints(Math.max(dataRowHeight, rowLines * LINE_HEIGHT_POINTS + 3));
        }
        rowsTracked++;
        return row.getRowNum() + 1;
    }

    /** A total row: a bold label, then formulas or values, with a line above. */
    public int totalRow(String label, Object... values) {
        Row row = sheet.createRow(nextRow++);
        text(row, 0, label, styles.totalLabel);
        for (int i = 0; i < values.length; i++) {
            write(row, i + 1, values[i], true);
        }
        return row.getRowNum() + 1;
    }

    public void blankRow() {
        nextRow++;
    }

    /** The 1-based Excel row number the next row will have (for formulas over rows written so far). */
    public int nextExcelRow() {
        return nextRow + 1;
    }

    /** Excel's letter for a 0-based column index (0 → A). */
    public static String columnLetter(int index) {
        return CellReference.convertNumToColString(index);
    }

    /**
     * Colours a block of cells by value with conditional formatting (first matching rule wins). Rows are
     * 1-based Excel row numbers as returned by {@link #row}; columns are 0-based.
     */
    public SheetWriter highlight(int firstExcelRow, int lastExcelRow, int firstColumn, int lastColumn,
                                 Highlight... rules) {
        if (lastExcelRow < firstExcelRow || lastColumn < firstColumn || rules.length == 0) {
            return this;
        }
        SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
        ConditionalFormattingRule[] created = new ConditionalFormattingRule[rules.length];
        for (int i = 0; i < rules.length; i++) {
            Highlight rule = rules[i];
            created[i] = formatting.createConditionalFormattingRule(operator(rule.comparison()),
                    Double.toString(rule.value()).replaceAll("\\.0$", ""));
            PatternFormatting fill = created[i].createPatternFormatting();
            fill.setFillBackgroundColor(colour(rule.tone()));
            fill.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
        }
        CellRangeAddress[] range = {new CellRangeAddress(firstExcelRow - 1, lastExcelRow - 1, firstColumn, lastColumn)};
        formatting.addConditionalFormatting(range, created);
        return this;
    }

    private static byte operator(Highlight.Comparison comparison) {
        return switch (comparison) {
            case EQUAL -> ComparisonOperator.EQUAL;
            case LESS_THAN -> ComparisonOperator.LT;
            case GREATER_OR_EQUAL -> ComparisonOperator.GE;
        };
    }

    private static short colour(Highlight.Tone tone) {
        return switch (tone) {
            case BAD -> IndexedColors.ROSE.getIndex();
            case WARNING -> IndexedColors.LIGHT_YELLOW.getIndex();
            case GOOD -> IndexedColors.LIGHT_GREEN.getIndex();
        };
    }

    /** Freezes the header, sets the autofilter, the widths and the print set-up. Call once, at the end. */
    public void finish() {
        if (headerRow >= 0 && columns > 0) {
            sheet.createFreezePane(0, headerRow + 1);
            int lastRow = Math.max(headerRow, nextRow - 1);
            sheet.setAutoFilter(new CellRangeAddress(headerRow, lastRow, 0, columns - 1));
            sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
            for (int i = 0; i < columns; i++) {
                int chars = fixedWidths[i] > 0 ? fixedWidths[i] : Math.max(8, Math.min(MAX_WIDTH, widths[i] + 2));
                sheet.setColumnWidth(i, chars * 256);
            }
        }
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(landscape);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setMargin(Sheet.LeftMargin, 0.5);
        sheet.setMargin(Sheet.RightMargin, 0.5);
        sheet.setMargin(Sheet.TopMargin, 0.6);
        sheet.setMargin(Sheet.BottomMargin, 0.6);
        sheet.getHeader().setCenter(title.replace("&", "&&"));
        sheet.getFooter().setRight("Page &P / &N");
    }

    private void write(Row row, int column, Object value, boolean total) {
        if (value == null) {
            return;
        }
        var cell = row.createCell(column);
        if (value instanceof String s) {
            text(row, column, s, total ? styles.totalLabel : null);
        } else if (value instanceof Cell.Strong s) {
            text(row, column, s.text(), styles.strong);
        } else if (value instanceof Cell.Wrapped w) {
            text(row, column, w.text(), styles.wrapped);
            rowLines = Math.max(rowLines, linesIn(column, w.text()));
        } else if (value instanceof Cell.Year y) {
            if (y.year() != null) {
                cell.setCellValue(y.year());
                cell.setCellStyle(styles.year);
                track(column, 6);
            }
        } else if (value instanceof Cell.Money m) {
            if (m.amount() != null) {
                cell.setCellValue(m.amount().doubleValue());
                cell.setCellStyle(total ? styles.totalMoney : styles.money);
                track(column, 14);
            }
        } else if (value instanceof Cell.Percent p) {
            if (p.ratio() != null && !p.ratio().isNaN() && !p.ratio().isInfinite()) {
                cell.setCellValue(p.ratio());
                cell.setCellStyle(total ? styles.totalPercent : styles.percent);
                track(column, 7);
            }
        } else if (value instanceof Cell.Formula f) {
            cell.setCellFormula(f.expression());
            cell.setCellStyle(styles.forFormula(f.style(), total));
            track(column, 12);
        } else if (value instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(styles.date);
            track(column, 10);
        } else if (value instanceof LocalDateTime d) {
            cell.setCellValue(d);
            cell.setCellStyle(styles.dateTime);
            track(column, 16);
        } else if (value instanceof Integer || value instanceof Long) {
            number(cell, column, ((Number) value).doubleValue(), total ? styles.totalInteger : styles.integer);
        } else if (value instanceof Number n) {
            number(cell, column, n.doubleValue(), total ? styles.totalDecimal : styles.decimal);
        } else if (value instanceof Boolean b) {
            text(row, column, b ? "oui" : "non", null);
        } else {
            text(row, column, value.toString(), null);
        }
    }

    /** Lines a wrapped text takes in a column of fixed width (1 when the width is left to fit the content). */
    private int linesIn(int column, String text) {
        if (text == null || column >= fixedWidths.length || fixedWidths[column] <= 2) {
            return 1;
        }
        // A column width counts digit widths; ordinary text is a little narrower (about 1.1 characters per unit).
        int perLine = (int) ((fixedWidths[column] - 1) * 1.1);
        int lines = 0;
        for (String line : text.split("\n", -1)) {
            lines += Math.max(1, (line.length() + perLine - 1) / perLine);
        }
        return lines;
    }

    private void number(org.apache.poi.ss.usermodel.Cell cell, int column, double value, CellStyle style) {
        cell.setCellValue(value);
        cell.setCellStyle(style);
        track(column, Math.min(15, String.valueOf((long) value).length() + 3));
    }

    private void text(Row row, int column, String value, CellStyle style) {
        if (value == null) {
            return;
        }
        var cell = row.getCell(column) != null ? row.getCell(column) : row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        } else {
            cell.setCellStyle(SafeText.looksLikeFormula(value) ? styles.textQuoted : styles.text);
        }
        if (style != styles.title && style != styles.subtitle) {
            int longestLine = Arrays.stream(value.split("\n")).mapToInt(String::length).max().orElse(0);
            track(column, longestLine);
        }
    }

    private void track(int column, int chars) {
        if (column < widths.length && rowsTracked < MAX_TRACKED_ROWS) {
            widths[column] = Math.max(widths[column], chars);
        }
    }
}
