package fr.cress.relais.territory;

import fr.cress.relais.common.concurrent.Progress;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.text.Formats;
import fr.cress.relais.exchange.xlsx.Cell;
import fr.cress.relais.exchange.xlsx.Column;
import fr.cress.relais.exchange.xlsx.Highlight;
import fr.cress.relais.exchange.xlsx.SheetWriter;
import fr.cress.relais.exchange.xlsx.XlsxWorkbook;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The coverage matrix as partners receive it: one sheet per level (EPCI, zones, departments, communes), one
 * row per territory, one column per family then per service with the number of structures; zeros (« zones
 * blanches ») in red, a single structure in amber, two or more in green; a last row counts the territories
 * without any structure.
 */
final class CoverageWorkbook {

    static final List<TerritoryLevel> SHEETS = List.of(TerritoryLevel.EPCI, TerritoryLevel.ZONE,
            TerritoryLevel.DEPARTEMENT, TerritoryLevel.COMMUNE);
    /** Columns before the counts: code, name, population. */
    static final int FIRST_COUNT_COLUMN = 3;

    private final I18n i18n;

    CoverageWorkbook(I18n i18n) {
        this.i18n = i18n;
    }

    /** The count columns, in order: each family, then its services. */
    static List<Object> countColumns() {
        List<Object> columns = new ArrayList<>();
        for (ServiceFamily family : ServiceFamily.values()) {
            columns.add(family);
            for (ServiceKind service : ServiceKind.values()) {
                if (service.family() == family) {
                    columns.add(service);
                }
            }
        }
        return columns;
    }

    void write(List<CoverageMatrix> matrices, Path file, LocalDate today, Progress progress) throws IOException {
        try (XlsxWorkbook book = XlsxWorkbook.streaming()) {
            for (CoverageMatrix matrix : matrices) {
                progress.checkCancelled();
                sheet(book, matrix, today);
            }
            book.save(file);
        }
    }

    private void sheet(XlsxWorkbook book, CoverageMatrix matrix, LocalDate today) {
        SheetWriter sheet = book.sheet(i18n.label(matrix.level()), true);
        sheet.titleBlock(i18n.t("territory.matrix.title", i18n.label(matrix.level())),
                i18n.t("territory.matrix.subtitle"),
                i18n.t("territory.matrix.exported", Formats.date(today)));
        List<Object> counts = countColumns();
        List<Column> header = new ArrayList<>(List.of(Column.of(i18n.t("territory.matrix.code"), 11),
                Column.of(i18n.t("territory.matrix.territory")), Column.of(i18n.t("territory.matrix.population"), 12)));
        for (Object c : counts) {
            String label = c instanceof ServiceFamily f ? i18n.t("territory.matrix.family", i18n.label(f))
                    : i18n.label((ServiceKind) c);
            header.add(Column.of(label, 13));
        }
        sheet.header(header);
        int first = sheet.nextExcelRow();
        int last = first - 1;
        for (CoverageMatrix.Row row : matrix.rows()) {
            List<Object> values = new ArrayList<>(List.of(row.territory().code(), row.territory().name(),
                    row.territory().population()));
            for (Object c : counts) {
                values.add(c instanceof ServiceFamily f ? row.count(f) : row.count((ServiceKind) c));
            }
            last = sheet.row(values.toArray());
        }
        if (last >= first) {
            totals(sheet, counts.size(), first, last);
            sheet.highlight(first, last, FIRST_COUNT_COLUMN, FIRST_COUNT_COLUMN + counts.size() - 1,
                    Highlight.equal(0, Highlight.Tone.BAD), Highlight.equal(1, Highlight.Tone.WARNING),
                    Highlight.atLeast(2, Highlight.Tone.GOOD));
        }
        sheet.finish();
    }

    private void totals(SheetWriter sheet, int countColumns, int first, int last) {
        List<Object> values = new ArrayList<>();
        values.add(null);
        values.add(Cell.formula("SUM(C" + first + ":C" + last + ")", Cell.Style.INTEGER));
        for (int i = 0; i < countColumns; i++) {
            String column = SheetWriter.columnLetter(FIRST_COUNT_COLUMN + i);
            values.add(Cell.formula("COUNTIF(" + column + first + ":" + column + last + ",0)", Cell.Style.INTEGER));
        }
        sheet.totalRow(i18n.t("territory.matrix.gaps"), values.toArray());
    }
}
