package fr.cress.relais.actions;

import fr.cress.relais.common.feature.Core;
import fr.cress.relais.common.feature.DemoContext;
import fr.cress.relais.common.feature.Feature;
import fr.cress.relais.partners.PartnersFeature;

/** Programmes (axes, objectives), joint actions, indicators, budgets, dashboard and bilan. */
public final class ActionsFeature implements Feature {

    private final Core core;
    private final PartnersFeature partners;
    private final ProgrammeService programmes;
    private final ActionService actions;
    private final BudgetService budgets;
    private final DashboardService dashboard;
    private final ActionExportService exports;

    public ActionsFeature(Core core, PartnersFeature partners) {
        this.core = core;
        this.partners = partners;
        this.programmes = new ProgrammeService(core.store(), core.clock());
        this.actions = new ActionService(core.store(), core.locations().attachmentsDir(), core.i18n());
        this.budgets = new BudgetService(programmes);
        this.dashboard = new DashboardService(programmes, core.store(), core.clock());
        this.exports = new ActionExportService(core.store(), programmes, core.i18n(), core.clock());
    }

    public Core core() {
        return core;
    }

    public PartnersFeature partners() {
        return partners;
    }

    public ProgrammeService programmes() {
        return programmes;
    }

    public ActionService actions() {
        return actions;
    }

    public BudgetService budgets() {
        return budgets;
    }

    public DashboardService dashboard() {
        return dashboard;
    }

    public ActionExportService exports() {
        return exports;
    }

    @Override
    public void loadDemo(DemoContext demo) {
        new ActionsDemo(demo).load();
    }
}
