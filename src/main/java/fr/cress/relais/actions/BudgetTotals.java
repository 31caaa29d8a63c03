package fr.cress.relais.actions;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Budget totals of a programme per action, objective, axis, funder (income lines) and year, and overall.
 * Lines without a year are counted under the empty year.
 */
public final class BudgetTotals {

    private final Map<Long, BudgetTotal> byAction = new LinkedHashMap<>();
    private final Map<Long, BudgetTotal> byObjective = new LinkedHashMap<>();
    private final Map<Long, BudgetTotal> byAxis = new LinkedHashMap<>();
    private final Map<Long, Amounts> byFunder = new LinkedHashMap<>();
    private final Map<Optional<Integer>, BudgetTotal> byYear = new LinkedHashMap<>();
    private BudgetTotal overall = BudgetTotal.ZERO;

    private BudgetTotals() {
    }

    public static BudgetTotals of(ProgrammeSnapshot snapshot) {
        BudgetTotals totals = new BudgetTotals();
        for (JointAction action : snapshot.actions()) {
            for (BudgetLine line : snapshot.budgetOf(action)) {
                totals.add(snapshot, action, line);
            }
        }
        return totals.sorted();
    }

    private void add(ProgrammeSnapshot snapshot, JointAction action, BudgetLine line) {
        byAction.merge(action.id(), BudgetTotal.ZERO.plus(line), (a, b) -> a.plus(line));
        snapshot.objective(action.objectiveId()).ifPresent(o ->
                byObjective.merge(o.id(), BudgetTotal.ZERO.plus(line), (a, b) -> a.plus(line)));
        snapshot.axisOf(action).ifPresent(x -> byAxis.merge(x.id(), BudgetTotal.ZERO.plus(line), (a, b) -> a.plus(line)));
        if (line.type() == BudgetLineType.INCOME && line.funderId() != null) {
            byFunder.merge(line.funderId(), Amounts.ZERO.plus(line), (a, b) -> a.plus(line));
        }
        byYear.merge(Optional.ofNullable(line.year()), BudgetTotal.ZERO.plus(line), (a, b) -> a.plus(line));
        overall = overall.plus(line);
    }

    private BudgetTotals sorted() {
        Map<Optional<Integer>, BudgetTotal> years = new LinkedHashMap<>();
        byYear.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparing(y -> y.orElse(Integer.MAX_VALUE))))
                .forEach(e -> years.put(e.getKey(), e.getValue()));
        byYear.clear();
        byYear.putAll(years);
        return this;
    }

    public BudgetTotal action(long actionId) {
        return byAction.getOrDefault(actionId, BudgetTotal.ZERO);
    }

    public BudgetTotal objective(long objectiveId) {
        return byObjective.getOrDefault(objectiveId, BudgetTotal.ZERO);
    }

    public BudgetTotal axis(long axisId) {
        return byAxis.getOrDefault(axisId, BudgetTotal.ZERO);
    }

    /** Income per funder (organisation id), in the order funders first appear. */
    public Map<Long, Amounts> byFunder() {
        return new LinkedHashMap<>(byFunder);
    }

    /** Totals per year, in year order (lines without a year last, under {@code Optional.empty()}). */
    public Map<Optional<Integer>, BudgetTotal> byYear() {
        return new LinkedHashMap<>(byYear);
    }

    public BudgetTotal overall() {
        return overall;
    }
}
