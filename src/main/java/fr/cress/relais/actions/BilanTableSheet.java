package fr.cress.relais.actions;

import fr.cress.relais.common.feature.BilanTable;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.exchange.xlsx.Cell;
import fr.cress.relais.exchange.xlsx.Column;
import fr.cress.relais.exchange.xlsx.SheetWriter;
import fr.cress.relais.exchange.xlsx.XlsxWorkbook;

import java.util.ArrayList;
import java.util.List;

/**
 * A sheet of the bilan contributed by another feature ({@link BilanTable}): counts as numbers, the total of
 * each row and of each section as SUM formulas, in the style of the programme's own sheets.
 */
final class BilanTableSheet {

    private final BilanTable table;
    private final I18n i18n;
    private final String madeBy;
    private final int values;

    BilanTableSheet(BilanTable table, I18n i18n, String madeBy) {
        this.table = table;
        this.i18n = i18n;
        this.madeBy = madeBy;
        this.values = table.valueHeaders().size();
    }

    void write(XlsxWorkbook book) {
        SheetWriter sheet = book.sheet(table.sheetName(), values > 6);
        List<String> lines = new ArrayList<>(table.notes());
        lines.add(madeBy);
        sheet.titleBlock(table.title(), lines.toArray(String[]::new));
        sheet.header(columns());
        for (BilanTable.Section section : table.sections()) {
            writeSection(sheet, section);
        }
        sheet.finish();
    }

    private List<Column> columns() {
        List<Column> columns = new ArrayList<>();
        columns.add(Column.of(table.labelHeader(), 44));
        table.valueHeaders().forEach(h -> columns.add(Column.of(h, Math.max(10, Math.min(16, h.length() + 2)))));
        if (table.rowTotals()) {
            columns.add(Column.of(i18n.t("actions.bilan.total"), 10));
        }
        return columns;
    }

    private void writeSection(SheetWriter sheet, BilanTable.Section section) {
        int first = sheet.nextExcelRow() + (section.title() == null ? 0 : 1);
        int last = first + section.lines().size() - 1;
        if (section.title() != null) {
            sheet.totalRow(section.title(), section.totals() ? sums(first, last) : new Object[0]);
        }
        for (BilanTable.Line line : section.lines()) {
            writeLine(sheet, line);
        }
        if (section.title() == null && section.totals()) {
            sheet.totalRow(i18n.t("actions.bilan.total"), sums(first, last));
        }
    }

    private void writeLine(SheetWriter sheet, BilanTable.Line line) {
        int row = sheet.nextExcelRow();
        List<Object> cells = new ArrayList<>();
        cells.add(line.label());
        cells.addAll(line.values());
        if (table.rowTotals()) {
            cells.add(Cell.formula("SUM(" + col(1) + row + ":" + col(values) + row + ")", Cell.Style.INTEGER));
        }
        sheet.row(cells.toArray());
    }

    /** SUM of rows {@code first..last} in every value column (and the total column), or 0 without rows. */
    private Object[] sums(int first, int last) {
        int columns = values + (table.rowTotals() ? 1 : 0);
        Object[] sums = new Object[columns];
        for (int c = 1; c <= columns; c++) {
            sums[c - 1] = last < first ? (Object) 0L
                    : Cell.formula("SUM(" + col(c) + first + ":" + col(c) + last + ")", Cell.Style.INTEGER);
        }
        return sums;
    }

    private static String col(int index) {
        return SheetWriter.columnLetter(index);
    }
}
