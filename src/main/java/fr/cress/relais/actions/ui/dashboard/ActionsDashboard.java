package fr.cress.relais.actions.ui.dashboard;

import fr.cress.relais.actions.DashboardService;
import fr.cress.relais.common.feature.DashboardCard;
import fr.cress.relais.common.feature.UiContext;

import java.util.List;

/** The dashboard cards of the actions feature. */
public final class ActionsDashboard {

    private ActionsDashboard() {
    }

    public static List<DashboardCard> cards(UiContext ui, DashboardService dashboard) {
        return List.of(new IndicatorsCard(ui, dashboard), new StatusCard(ui, dashboard), new BudgetCard(ui, dashboard),
                new UpcomingCard(ui, dashboard));
    }
}
