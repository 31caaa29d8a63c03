package fr.cress.relais.actions;

import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.text.Formats;
import fr.cress.relais.exchange.xlsx.Cell;
import fr.cress.relais.exchange.xlsx.Column;
import fr.cress.relais.exchange.xlsx.SheetWriter;
import fr.cress.relais.exchange.xlsx.XlsxWorkbook;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The budget sheets of the bilan: every budget line, then the co-financing per funder and the budget per
 * year as SUMIFS formulas over those lines, so that editing a line updates both.
 */
final class BudgetSheets {

    private static final int TYPE = 3, FUNDER = 5, PLANNED = 6, GRANTED = 7, RECEIVED = 8, YEAR = 2;

    private final ProgrammeSnapshot snapshot;
    private final I18n i18n;
    private final LocalDate today;
    private String linesSheet;
    private int firstLine;
    private int lastLine;

    BudgetSheets(ProgrammeSnapshot snapshot, I18n i18n, LocalDate today) {
        this.snapshot = snapshot;
        this.i18n = i18n;
        this.today = today;
    }

    void write(XlsxWorkbook book) {
        linesSheet = i18n.t("actions.budget.sheet");
        writeLines(book.sheet(linesSheet, true));
        writeFunders(book.sheet(i18n.t("actions.budget.byFunder.sheet"), false));
        writeYears(book.sheet(i18n.t("actions.budget.byYear.sheet"), false));
    }

    private void writeLines(SheetWriter sheet) {
        title(sheet, "actions.budget.title");
        sheet.header(Column.of(i18n.t("actions.col.ref"), 8), Column.of(i18n.t("actions.col.action"), 40),
                Column.of(i18n.t("actions.col.year"), 8), Column.of(i18n.t("actions.col.lineType"), 11),
                Column.of(i18n.t("actions.col.lineLabel"), 36), Column.of(i18n.t("actions.col.funder"), 20),
                Column.of(i18n.t("actions.col.amountPlanned"), 14), Column.of(i18n.t("actions.col.amountGranted"), 14),
                Column.of(i18n.t("actions.col.amountReceived"), 14));
        firstLine = sheet.nextExcelRow();
        for (JointAction a : snapshot.actions()) {
            for (BudgetLine b : snapshot.budgetOf(a)) {
                sheet.row(snapshot.ref(a), a.title(), Cell.year(b.year()), i18n.label(b.type()), b.label(),
                        snapshot.directory().organisationLabel(b.funderId()), Cell.money(b.planned()),
                        Cell.money(b.granted()), Cell.money(b.received()));
            }
        }
        lastLine = Math.max(firstLine, sheet.nextExcelRow() - 1);
        for (BudgetLineType type : BudgetLineType.values()) {
            Object[] values = new Object[RECEIVED];
            String criterion = quoted(i18n.label(type));
            for (int c = PLANNED; c <= RECEIVED; c++) {
                values[c - 1] = Cell.formula("SUMIFS(" + range(c) + "," + range(TYPE) + "," + criterion + ")",
                        Cell.Style.MONEY);
            }
            sheet.totalRow(i18n.t(type == BudgetLineType.EXPENSE ? "actions.budget.totalExpenses"
                    : "actions.budget.totalIncome"), values);
        }
        sheet.finish();
    }

    private void writeFunders(SheetWriter sheet) {
        title(sheet, "actions.budget.byFunder.title");
        sheet.header(Column.of(i18n.t("actions.col.funder"), 36), Column.of(i18n.t("actions.col.amountPlanned"), 14),
                Column.of(i18n.t("actions.col.amountGranted"), 14), Column.of(i18n.t("actions.col.amountReceived"), 14),
                Column.of(i18n.t("actions.col.receivedRatio"), 10));
        String income = quoted(i18n.label(BudgetLineType.INCOME));
        int first = sheet.nextExcelRow();
        for (String funder : funders()) {
            int row = sheet.nextExcelRow();
            Object[] values = new Object[5];
            values[0] = funder;
            for (int c = PLANNED; c <= RECEIVED; c++) {
                values[c - PLANNED + 1] = Cell.formula("SUMIFS(" + range(c) + "," + range(FUNDER) + ",A" + row + ","
                        + range(TYPE) + "," + income + ")", Cell.Style.MONEY);
            }
            values[4] = BilanWriter.ratio("B" + row, "D" + row);
            sheet.row(values);
        }
        totals(sheet, first, 3);
        sheet.finish();
    }

    private void writeYears(SheetWriter sheet) {
        title(sheet, "actions.budget.byYear.title");
        sheet.header(Column.of(i18n.t("actions.col.year"), 10), Column.of(i18n.t("actions.col.expenses"), 14),
                Column.of(i18n.t("actions.col.incomePlanned"), 14), Column.of(i18n.t("actions.col.incomeGranted"), 14),
                Column.of(i18n.t("actions.col.incomeReceived"), 14));
        String expense = quoted(i18n.label(BudgetLineType.EXPENSE));
        String income = quoted(i18n.label(BudgetLineType.INCOME));
        int first = sheet.nextExcelRow();
        for (int year : years()) {
            int row = sheet.nextExcelRow();
            String byYear = range(YEAR) + ",A" + row;
            sheet.row(Cell.year(year),
                    Cell.formula("SUMIFS(" + range(PLANNED) + "," + byYear + "," + range(TYPE) + "," + expense + ")", Cell.Style.MONEY),
                    Cell.formula("SUMIFS(" + range(PLANNED) + "," + byYear + "," + range(TYPE) + "," + income + ")", Cell.Style.MONEY),
                    Cell.formula("SUMIFS(" + range(GRANTED) + "," + byYear + "," + range(TYPE) + "," + income + ")", Cell.Style.MONEY),
                    Cell.formula("SUMIFS(" + range(RECEIVED) + "," + byYear + "," + range(TYPE) + "," + income + ")", Cell.Style.MONEY));
        }
        totals(sheet, first, 4);
        sheet.finish();
    }

    private void totals(SheetWriter sheet, int first, int moneyColumns) {
        int last = sheet.nextExcelRow() - 1;
        Object[] values = new Object[moneyColumns];
        for (int i = 0; i < moneyColumns; i++) {
            String c = SheetWriter.columnLetter(i + 1);
            values[i] = last < first ? null : Cell.formula("SUM(" + c + first + ":" + c + last + ")", Cell.Style.MONEY);
        }
        sheet.totalRow(i18n.t("actions.bilan.total"), values);
    }

    private void title(SheetWriter sheet, String key) {
        Programme p = snapshot.programme();
        sheet.titleBlock(i18n.t(key, p.name()), i18n.t("actions.budget.subtitle"),
                i18n.t("actions.export.madeBy", Formats.date(today)));
    }

    private Set<String> funders() {
        Set<String> funders = new LinkedHashSet<>();
        for (JointAction a : snapshot.actions()) {
            snapshot.budgetOf(a).stream().filter(b -> b.type() == BudgetLineType.INCOME && b.funderId() != null)
                    .forEach(b -> funders.add(snapshot.directory().organisationLabel(b.funderId())));
        }
        List<String> sorted = new ArrayList<>(funders);
        sorted.sort(Formats.frenchOrder());
        return new LinkedHashSet<>(sorted);
    }

    private Set<Integer> years() {
        Set<Integer> years = new java.util.TreeSet<>();
        snapshot.actions().forEach(a -> snapshot.budgetOf(a).stream().map(BudgetLine::year)
                .filter(java.util.Objects::nonNull).forEach(years::add));
        return years;
    }

    /** An absolute range of the budget lines sheet, e.g. {@code 'Budget'!$G$6:$G$40}. */
    private String range(int column) {
        String c = SheetWriter.columnLetter(column);
        return "'" + linesSheet.replace("'", "''") + "'!$" + c + "$" + firstLine + ":$" + c + "$" + lastLine;
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
