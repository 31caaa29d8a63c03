package fr.cress.relais.actions;

import fr.cress.relais.common.feature.BilanTable;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.text.Formats;
import fr.cress.relais.exchange.xlsx.Cell;
import fr.cress.relais.exchange.xlsx.Column;
import fr.cress.relais.exchange.xlsx.SheetWriter;
import fr.cress.relais.exchange.xlsx.XlsxWorkbook;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The bilan of a programme as the CRESS sends it to its funders: one sheet mirroring the programme
 * (axis › objective › action, then the action's indicators), with planned and achieved figures, the ratio
 * as a formula, budgets per action and subtotals per objective and axis as SUM formulas; then the budget
 * lines and the co-financing per funder and per year (SUMIFS over the budget lines).
 */
final class BilanWriter {

    /** Columns of the Bilan sheet (0-based). */
    static final int REF = 0, LABEL = 1, KIND = 2, STATUS = 3, YEARS = 4, PARTNERS = 5, INDICATOR = 6, UNIT = 7,
            YEAR = 8, PLANNED = 9, ACHIEVED = 10, RATIO = 11, RESULTS = 12, EXPENSES = 13, INCOME_PLANNED = 14,
            INCOME_GRANTED = 15, INCOME_RECEIVED = 16, RECEIVED_RATIO = 17;
    private static final int[] MONEY_COLUMNS = {EXPENSES, INCOME_PLANNED, INCOME_GRANTED, INCOME_RECEIVED};

    private final ProgrammeSnapshot snapshot;
    private final BudgetTotals totals;
    private final I18n i18n;
    private final LocalDate today;
    private final List<BilanTable> contributed;

    BilanWriter(ProgrammeSnapshot snapshot, I18n i18n, LocalDate today) {
        this(snapshot, i18n, today, List.of());
    }

    /** With {@code contributed}: sheets other features add after the programme's (project holders...). */
    BilanWriter(ProgrammeSnapshot snapshot, I18n i18n, LocalDate today, List<BilanTable> contributed) {
        this.contributed = List.copyOf(contributed);
        this.snapshot = snapshot;
        this.totals = BudgetTotals.of(snapshot);
        this.i18n = i18n;
        this.today = today;
    }

    void write(Path file) throws IOException {
        try (XlsxWorkbook book = XlsxWorkbook.report()) {
            writeBilan(book.sheet(i18n.t("actions.bilan.sheet"), true));
            BudgetSheets budget = new BudgetSheets(snapshot, i18n, today);
            budget.write(book);
            String madeBy = i18n.t("actions.export.madeBy", Formats.date(today));
            contributed.forEach(table -> new BilanTableSheet(table, i18n, madeBy).write(book));
            book.save(file);
        }
    }

    private void writeBilan(SheetWriter sheet) {
        Programme p = snapshot.programme();
        sheet.titleBlock(i18n.t("actions.bilan.title", p.years(), p.name()),
                i18n.t("actions.bilan.subtitle", p.years(), snapshot.axes().size(), snapshot.objectives().size(),
                        snapshot.actions().size()),
                i18n.t("actions.export.madeBy", Formats.date(today)));
        sheet.header(columns());
        BilanLayout layout = new BilanLayout(snapshot, sheet.nextExcelRow());
        List<Integer> groupRows = new ArrayList<>();
        for (Axis axis : snapshot.axes()) {
            groupRows.add(writeAxis(sheet, layout, axis));
        }
        List<JointAction> loose = snapshot.actionsWithoutObjective();
        if (!loose.isEmpty()) {
            int row = sheet.totalRow("", sums(i18n.t("actions.tree.noObjective"), layout.blockRange(loose)));
            writeActions(sheet, loose);
            groupRows.add(row);
        }
        sheet.totalRow(i18n.t("actions.bilan.total"), listSums(null, groupRows));
        sheet.finish();
    }

    private int writeAxis(SheetWriter sheet, BilanLayout layout, Axis axis) {
        List<Integer> objectiveRows = layout.objectiveRows(axis);
        int row = sheet.totalRow(axis.ref(),
                listSums(i18n.t("actions.axis.label", axis.ref(), axis.title()), objectiveRows));
        for (Objective o : snapshot.objectivesOf(axis)) {
            List<JointAction> actions = snapshot.actionsOf(o);
            String label = i18n.t("actions.objective.label", snapshot.ref(o), o.title());
            sheet.totalRow(snapshot.ref(o), actions.isEmpty() ? groupValues(label) : sums(label, layout.blockRange(actions)));
            writeActions(sheet, actions);
        }
        return row;
    }

    private void writeActions(SheetWriter sheet, List<JointAction> actions) {
        for (JointAction a : actions) {
            BudgetTotal budget = totals.action(a.id());
            int row = sheet.nextExcelRow();
            Object[] values = new Object[RECEIVED_RATIO + 1];
            values[REF] = snapshot.ref(a);
            values[LABEL] = Cell.wrapped(a.title());
            values[KIND] = i18n.label(a.kind());
            values[STATUS] = i18n.label(a.status());
            values[YEARS] = a.years();
            values[PARTNERS] = Cell.wrapped(partners(a));
            values[RESULTS] = a.results() == null ? null : Cell.wrapped(a.results());
            if (!snapshot.budgetOf(a).isEmpty()) {
                values[EXPENSES] = Cell.money(budget.expenses().planned());
                values[INCOME_PLANNED] = Cell.money(budget.income().planned());
                values[INCOME_GRANTED] = Cell.money(budget.income().granted());
                values[INCOME_RECEIVED] = Cell.money(budget.income().received());
                values[RECEIVED_RATIO] = receivedRatio(row);
            }
            sheet.row(values);
            snapshot.indicatorsOf(a).forEach(i -> writeIndicator(sheet, a, i));
        }
    }

    private void writeIndicator(SheetWriter sheet, JointAction a, Indicator i) {
        int row = sheet.nextExcelRow();
        Object[] values = new Object[RESULTS + 1];
        values[REF] = snapshot.ref(a);
        values[INDICATOR] = i.name();
        values[UNIT] = i.unit();
        values[YEAR] = Cell.year(i.year());
        values[PLANNED] = number(i.planned());
        values[ACHIEVED] = number(i.achieved());
        if (i.planned() != null) {
            String planned = col(PLANNED) + row;
            values[RATIO] = ratio(planned, col(ACHIEVED) + row);
        }
        values[RESULTS] = i.qualitative() == null ? null : Cell.wrapped(i.qualitative());
        sheet.row(values);
    }

    /** Group rows: the label, then SUM formulas over {@code first:last} in each money column (from column 1). */
    private Object[] sums(String label, int[] range) {
        Object[] values = groupValues(label);
        for (int c : MONEY_COLUMNS) {
            values[c - 1] = Cell.formula("SUM(" + col(c) + range[0] + ":" + col(c) + range[1] + ")", Cell.Style.MONEY);
        }
        return values;
    }

    /** Axis and total rows: SUM of the listed group rows in each money column. */
    private Object[] listSums(String label, List<Integer> rows) {
        Object[] values = groupValues(label);
        if (rows.isEmpty()) {
            return values;
        }
        for (int c : MONEY_COLUMNS) {
            String cells = String.join(",", rows.stream().map(r -> col(c) + r).toList());
            values[c - 1] = Cell.formula("SUM(" + cells + ")", Cell.Style.MONEY);
        }
        return values;
    }

    /** Values of a group row for {@link SheetWriter#totalRow}, which starts at column 1: the label in bold. */
    private static Object[] groupValues(String label) {
        Object[] values = new Object[RECEIVED_RATIO];
        values[LABEL - 1] = label == null ? null : Cell.strong(label);
        return values;
    }

    private Cell receivedRatio(int row) {
        return ratio(col(INCOME_PLANNED) + row, col(INCOME_RECEIVED) + row);
    }

    /** {@code achieved / planned}, empty while either is missing or nothing was planned. */
    static Cell ratio(String planned, String achieved) {
        return Cell.formula("IF(OR(" + planned + "=\"\"," + achieved + "=\"\"," + planned + "=0),\"\","
                + achieved + "/" + planned + ")", Cell.Style.PERCENT);
    }

    /** « Pilote : CRESS », « Contributeur : ARDES, URSCOP »… one line per role. */
    private String partners(JointAction a) {
        List<String> lines = new ArrayList<>();
        for (PartnerRole role : PartnerRole.values()) {
            List<String> names = snapshot.partnersOf(a).stream().filter(p -> p.role() == role)
                    .map(p -> snapshot.directory().organisationLabel(p.organisationId())).toList();
            if (!names.isEmpty()) {
                lines.add(i18n.t("actions.bilan.partnersOfRole", i18n.label(role), String.join(", ", names)));
            }
        }
        return String.join("\n", lines);
    }

    private List<Column> columns() {
        return List.of(Column.of(i18n.t("actions.col.ref"), 7), Column.of(i18n.t("actions.col.label"), 40),
                Column.of(i18n.t("actions.col.kind")), Column.of(i18n.t("actions.col.status")),
                Column.of(i18n.t("actions.col.years"), 10), Column.of(i18n.t("actions.col.partners"), 34),
                Column.of(i18n.t("actions.col.indicator"), 26), Column.of(i18n.t("actions.col.unit")),
                Column.of(i18n.t("actions.col.year"), 7), Column.of(i18n.t("actions.col.planned"), 10),
                Column.of(i18n.t("actions.col.achieved"), 10), Column.of(i18n.t("actions.col.ratio"), 8),
                Column.of(i18n.t("actions.col.results"), 44), Column.of(i18n.t("actions.col.expenses"), 15),
                Column.of(i18n.t("actions.col.incomePlanned"), 15), Column.of(i18n.t("actions.col.incomeGranted"), 15),
                Column.of(i18n.t("actions.col.incomeReceived"), 15), Column.of(i18n.t("actions.col.receivedRatio"), 9));
    }

    static Object number(BigDecimal value) {
        if (value == null) {
            return null;
        }
        return value.stripTrailingZeros().scale() <= 0 ? (Object) value.longValue() : value;
    }

    static String col(int index) {
        return SheetWriter.columnLetter(index);
    }
}
