package fr.cress.relais.actions;

/** Budget and co-financing totals of a programme, per action, objective, axis, funder and year. */
public final class BudgetService {

    private final ProgrammeService programmes;

    public BudgetService(ProgrammeService programmes) {
        this.programmes = programmes;
    }

    public BudgetTotals totals(long programmeId) {
        return BudgetTotals.of(programmes.snapshot(programmeId));
    }
}
