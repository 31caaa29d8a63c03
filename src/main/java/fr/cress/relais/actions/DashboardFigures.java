package fr.cress.relais.actions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What the dashboard cards of the actions feature show; each card leads to the actions behind a figure. */
public final class DashboardFigures {

    private DashboardFigures() {
    }

    /** One indicator (of one year) of the current programme. */
    public record IndicatorPoint(long actionId, String actionRef, String actionTitle, Integer year, String name, String unit,
                                 BigDecimal planned, BigDecimal achieved) {
    }

    /** The indicators of the current programme; empty when there is none. */
    public record Indicators(Programme programme, List<IndicatorPoint> points) {

        /** Units used, the most frequent first (ties in alphabetical order). */
        public List<String> units() {
            return points.stream().map(IndicatorPoint::unit).distinct()
                    .sorted(java.util.Comparator.comparingLong((String u) -> points.stream()
                            .filter(p -> p.unit().equals(u)).count()).reversed()
                            .thenComparing(fr.cress.relais.common.text.Formats.frenchOrder()))
                    .toList();
        }

        public List<IndicatorPoint> inUnit(String unit) {
            return points.stream().filter(p -> p.unit().equals(unit)).toList();
        }
    }

    /** Actions of one axis in one status. */
    public record AxisStatus(long axisId, String axisRef, String axisTitle, ActionStatus status, List<Long> actionIds) {
    }

    public record StatusByAxis(Programme programme, List<AxisStatus> cells) {
    }

    /** Budget of one axis: co-financing (income) planned, granted, received, and the actions with budget lines. */
    public record AxisBudget(long axisId, String axisRef, String axisTitle, Amounts income, Amounts expenses,
                             List<Long> actionIds) {
    }

    public record Budget(Programme programme, List<AxisBudget> axes, BudgetTotal overall) {
    }

    /** A date of an action within the coming days: its start or its end. */
    public record UpcomingDate(long actionId, long programmeId, String actionTitle, LocalDate date, boolean start, String place,
                               ActionStatus status) {
    }
}
