package fr.cress.relais.actions;

import fr.cress.relais.common.i18n.Labelled;

/** A budget line is an expense or an income (co-financing, own funds). */
public enum BudgetLineType implements Labelled {
    EXPENSE,
    INCOME;

    @Override
    public String labelKey() {
        return "actions.budgetType." + name();
    }
}
