package fr.cress.relais.actions;

import fr.cress.relais.actions.DashboardFigures.AxisBudget;
import fr.cress.relais.actions.DashboardFigures.AxisStatus;
import fr.cress.relais.actions.DashboardFigures.IndicatorPoint;
import fr.cress.relais.actions.DashboardFigures.UpcomingDate;
import fr.cress.relais.db.Store;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The figures of the dashboard cards, computed for the current programme (see ProgrammeService.current). */
public final class DashboardService {

    private final ProgrammeService programmes;
    private final Store store;
    private final Clock clock;

    public DashboardService(ProgrammeService programmes, Store store, Clock clock) {
        this.programmes = programmes;
        this.store = store;
        this.clock = clock;
    }

    /** Indicators with a planned or an achieved figure. */
    public Optional<DashboardFigures.Indicators> indicators() {
        return currentSnapshot().map(s -> {
            List<IndicatorPoint> points = new ArrayList<>();
            for (JointAction a : s.actions()) {
                s.indicatorsOf(a).stream().filter(i -> i.planned() != null || i.achieved() != null)
                        .forEach(i -> points.add(new IndicatorPoint(a.id(), s.ref(a), a.title(), i.year(), i.name(),
                                i.unit() == null ? "" : i.unit().strip(), i.planned(), i.achieved())));
            }
            return new DashboardFigures.Indicators(s.programme(), points);
        });
    }

    /** For each axis, the actions in each status (only statuses that occur). */
    public Optional<DashboardFigures.StatusByAxis> statusByAxis() {
        return currentSnapshot().map(s -> {
            List<AxisStatus> cells = new ArrayList<>();
            for (Axis axis : s.axes()) {
                List<JointAction> actions = s.actionsOf(axis);
                for (ActionStatus status : ActionStatus.values()) {
                    List<Long> ids = actions.stream().filter(a -> a.status() == status).map(JointAction::id).toList();
                    if (!ids.isEmpty()) {
                        cells.add(new AxisStatus(axis.id(), axis.ref(), axis.title(), status, ids));
                    }
                }
            }
            return new DashboardFigures.StatusByAxis(s.programme(), cells);
        });
    }

    /** Co-financing planned, granted and received per axis. */
    public Optional<DashboardFigures.Budget> budget() {
        return currentSnapshot().map(s -> {
            BudgetTotals totals = BudgetTotals.of(s);
            List<AxisBudget> axes = new ArrayList<>();
            for (Axis axis : s.axes()) {
                List<Long> ids = s.actionsOf(axis).stream().filter(a -> !s.budgetOf(a).isEmpty())
                        .map(JointAction::id).toList();
                BudgetTotal total = totals.axis(axis.id());
                axes.add(new AxisBudget(axis.id(), axis.ref(), axis.title(), total.income(), total.expenses(), ids));
            }
            return new DashboardFigures.Budget(s.programme(), axes, totals.overall());
        });
    }

    /** Starts and ends of actions from today to {@code days} days ahead, in date order, whatever the programme. */
    public List<UpcomingDate> upcoming(int days) {
        LocalDate today = LocalDate.now(clock);
        LocalDate last = today.plusDays(days);
        List<UpcomingDate> dates = new ArrayList<>();
        for (JointAction a : new ActionRepository(store.dsl()).datedBetween(today, last)) {
            if (within(a.startDate(), today, last)) {
                dates.add(new UpcomingDate(a.id(), a.programmeId(), a.title(), a.startDate(), true, a.place(), a.status()));
            }
            if (within(a.endDate(), today, last) && !a.endDate().equals(a.startDate())) {
                dates.add(new UpcomingDate(a.id(), a.programmeId(), a.title(), a.endDate(), false, a.place(), a.status()));
            }
        }
        dates.sort(Comparator.comparing(UpcomingDate::date).thenComparing(UpcomingDate::actionTitle));
        return dates;
    }

    private Optional<ProgrammeSnapshot> currentSnapshot() {
        return programmes.current().map(p -> programmes.figures(p.id()));
    }

    private static boolean within(LocalDate date, LocalDate from, LocalDate to) {
        return date != null && !date.isBefore(from) && !date.isAfter(to);
    }
}
