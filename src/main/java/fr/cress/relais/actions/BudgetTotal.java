package fr.cress.relais.actions;

/** Expenses and income (co-financing) of a group of budget lines. */
public record BudgetTotal(Amounts expenses, Amounts income) {

    public static final BudgetTotal ZERO = new BudgetTotal(Amounts.ZERO, Amounts.ZERO);

    public BudgetTotal plus(BudgetLine line) {
        return line.type() == BudgetLineType.EXPENSE
                ? new BudgetTotal(expenses.plus(line), income)
                : new BudgetTotal(expenses, income.plus(line));
    }
}
