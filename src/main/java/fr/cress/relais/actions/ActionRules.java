package fr.cress.relais.actions;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The rules a joint action must follow before it is saved; the editor shows them as you type. */
public final class ActionRules {

    private ActionRules() {
    }

    public static List<Problem> check(ActionDetail detail) {
        List<Problem> problems = new ArrayList<>();
        JointAction a = detail.action();
        if (a.title() == null || a.title().isBlank()) {
            problems.add(new Problem("title", "actions.validation.titleRequired"));
        }
        if (a.objectiveId() == null) {
            problems.add(new Problem("objective", "actions.validation.objectiveRequired"));
        }
        checkYears(a, problems);
        if (a.startDate() != null && a.endDate() != null && a.endDate().isBefore(a.startDate())) {
            problems.add(new Problem("dates", "actions.validation.datesOrder"));
        }
        for (int i = 0; i < detail.indicators().size(); i++) {
            checkIndicator(detail.indicators().get(i), "indicator." + i, problems);
        }
        for (int i = 0; i < detail.budget().size(); i++) {
            checkBudgetLine(detail.budget().get(i), "budget." + i, problems);
        }
        return problems;
    }

    private static void checkYears(JointAction a, List<Problem> problems) {
        if (outOfRange(a.startYear()) || outOfRange(a.endYear())) {
            problems.add(new Problem("years", "actions.validation.yearRange", ProgrammeService.MIN_YEAR,
                    ProgrammeService.MAX_YEAR));
        } else if (a.startYear() != null && a.endYear() != null && a.endYear() < a.startYear()) {
            problems.add(new Problem("years", "actions.validation.yearsOrder"));
        }
    }

    private static void checkIndicator(Indicator i, String field, List<Problem> problems) {
        if (i.name() == null || i.name().isBlank()) {
            problems.add(new Problem(field, "actions.validation.indicatorName"));
        }
        if (negative(i.planned()) || negative(i.achieved())) {
            problems.add(new Problem(field, "actions.validation.negative"));
        }
        if (outOfRange(i.year())) {
            problems.add(new Problem(field, "actions.validation.yearRange", ProgrammeService.MIN_YEAR,
                    ProgrammeService.MAX_YEAR));
        }
    }

    private static void checkBudgetLine(BudgetLine b, String field, List<Problem> problems) {
        if (b.label() == null || b.label().isBlank()) {
            problems.add(new Problem(field, "actions.validation.budgetLabel"));
        }
        if (negative(b.planned()) || negative(b.granted()) || negative(b.received())) {
            problems.add(new Problem(field, "actions.validation.negative"));
        }
        if (outOfRange(b.year())) {
            problems.add(new Problem(field, "actions.validation.yearRange", ProgrammeService.MIN_YEAR,
                    ProgrammeService.MAX_YEAR));
        }
    }

    private static boolean outOfRange(Integer year) {
        return year != null && (year < ProgrammeService.MIN_YEAR || year > ProgrammeService.MAX_YEAR);
    }

    private static boolean negative(BigDecimal value) {
        return value != null && value.signum() < 0;
    }
}
