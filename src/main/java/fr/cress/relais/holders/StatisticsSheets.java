package fr.cress.relais.holders;

import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.exchange.xlsx.Cell;
import fr.cress.relais.exchange.xlsx.Column;
import fr.cress.relais.exchange.xlsx.SheetWriter;
import fr.cress.relais.exchange.xlsx.XlsxWorkbook;

import java.util.ArrayList;
import java.util.List;

/** The statistics sheets of the holders' workbook: one table per dimension, years across, totals as formulas. */
final class StatisticsSheets {

    private final XlsxWorkbook book;
    private final I18n i18n;
    private final HolderStatistics stats;
    private final String period;
    private final String[] titleLines;

    StatisticsSheets(XlsxWorkbook book, I18n i18n, HolderStatistics stats, String period, String[] titleLines) {
        this.book = book;
        this.i18n = i18n;
        this.stats = stats;
        this.period = period;
        this.titleLines = titleLines;
    }

    void writeAll() {
        counts("holders.export.sheet.years", "holders.export.col.year", stats.byYear());
        counts("holders.export.sheet.needs", "holders.export.col.need", stats.byNeed());
        counts("holders.export.sheet.stages", "holders.export.col.stage", stats.byStage());
        counts("holders.export.sheet.channels", "holders.export.col.channel", stats.byChannel());
        counts("holders.export.sheet.sectors", "holders.export.col.sector", stats.bySector());
        counts("holders.export.sheet.departements", "holders.export.col.departement", stats.byDepartement());
        counts("holders.export.sheet.epci", "holders.export.col.epci", stats.byEpci());
        counts("holders.export.sheet.communes", "holders.export.col.commune", stats.byCommune());
        outcomes();
        uncovered();
    }

    private SheetWriter sheet(String nameKey) {
        String name = i18n.t(nameKey);
        SheetWriter sheet = book.sheet(name, false);
        sheet.titleBlock(i18n.t("holders.export.sheetTitle", name, period), titleLines);
        return sheet;
    }

    private void counts(String nameKey, String labelKey, CountTable table) {
        SheetWriter sheet = sheet(nameKey);
        List<Integer> years = stats.years();
        List<Column> columns = new ArrayList<>();
        columns.add(Column.of(i18n.t(labelKey)));
        years.forEach(y -> columns.add(Column.of(Integer.toString(y), 10)));
        columns.add(Column.of(i18n.t("holders.export.col.total"), 10));
        sheet.header(columns);
        int first = sheet.nextExcelRow();
        String firstYear = SheetWriter.columnLetter(1);
        String lastYear = SheetWriter.columnLetter(years.size());
        for (CountTable.Row row : table.rows()) {
            List<Object> values = new ArrayList<>();
            values.add(row.label());
            years.forEach(y -> values.add(row.in(y)));
            int excelRow = sheet.nextExcelRow();
            values.add(Cell.formula("SUM(" + firstYear + excelRow + ":" + lastYear + excelRow + ")", Cell.Style.INTEGER));
            sheet.row(values.toArray());
        }
        totals(sheet, first, years.size() + 1);
        sheet.finish();
    }

    private void outcomes() {
        SheetWriter sheet = sheet("holders.export.sheet.outcomes");
        List<Column> columns = new ArrayList<>();
        columns.add(Column.of(i18n.t("holders.export.col.partner")));
        columns.add(Column.of(i18n.t("holders.export.col.referrals"), 12));
        for (ReferralOutcome outcome : ReferralOutcome.values()) {
            columns.add(Column.of(i18n.label(outcome), 12));
        }
        columns.add(Column.of(i18n.t("holders.export.col.open"), 12));
        sheet.header(columns);
        int first = sheet.nextExcelRow();
        for (PartnerOutcomes p : stats.outcomes()) {
            List<Object> values = new ArrayList<>(List.of(p.partner(), p.referrals()));
            for (ReferralOutcome outcome : ReferralOutcome.values()) {
                values.add(p.count(outcome));
            }
            values.add(p.open());
            sheet.row(values.toArray());
        }
        totals(sheet, first, ReferralOutcome.values().length + 2);
        sheet.finish();
    }

    private void uncovered() {
        SheetWriter sheet = sheet("holders.export.sheet.uncovered");
        sheet.header(Column.of(i18n.t("holders.export.col.departement"), 14),
                Column.of(i18n.t("holders.export.col.communeCode"), 12), Column.of(i18n.t("holders.export.col.commune")),
                Column.of(i18n.t("holders.export.col.need")), Column.of(i18n.t("holders.export.col.holders"), 12));
        int first = sheet.nextExcelRow();
        for (UncoveredDemand u : stats.uncovered()) {
            sheet.row(u.departementCode(), u.communeCode(), u.communeName(), i18n.label(new Need(u.needKey())),
                    u.holders());
        }
        if (stats.uncovered().isEmpty()) {
            sheet.row(i18n.t("holders.export.noGap"));
        } else {
            int last = sheet.nextExcelRow() - 1;
            sheet.totalRow(i18n.t("holders.export.col.total"), null, null, null,
                    Cell.formula("SUM(E" + first + ":E" + last + ")", Cell.Style.INTEGER));
        }
        sheet.finish();
    }

    /** A total row summing columns 1..{@code lastColumn} over the rows written since {@code first}. */
    private void totals(SheetWriter sheet, int first, int lastColumn) {
        int last = sheet.nextExcelRow() - 1;
        Object[] sums = new Object[lastColumn];
        for (int c = 1; c <= lastColumn; c++) {
            String col = SheetWriter.columnLetter(c);
            sums[c - 1] = last < first ? 0 : Cell.formula("SUM(" + col + first + ":" + col + last + ")", Cell.Style.INTEGER);
        }
        sheet.totalRow(i18n.t("holders.export.col.total"), sums);
    }
}
