package fr.cress.relais.actions;

import fr.cress.relais.actions.ui.ActionsExports;
import fr.cress.relais.actions.ui.ActionsView;
import fr.cress.relais.actions.ui.dashboard.ActionsDashboard;
import fr.cress.relais.common.feature.BilanContribution;
import fr.cress.relais.common.feature.Core;
import fr.cress.relais.common.feature.DashboardCard;
import fr.cress.relais.common.feature.DemoContext;
import fr.cress.relais.common.feature.ExportEntry;
import fr.cress.relais.common.feature.Feature;
import fr.cress.relais.common.feature.SectionId;
import fr.cress.relais.common.feature.SectionView;
import fr.cress.relais.common.feature.UiContext;
import fr.cress.relais.partners.PartnersFeature;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

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

    /** Adds another feature's figures to the programme bilan (window and command line alike). */
    public void addBilanContribution(BilanContribution contribution) {
        exports.addBilanContribution(contribution);
    }

    @Override
    public Optional<SectionId> section() {
        return Optional.of(SectionId.ACTIONS);
    }

    @Override
    public SectionView createView(UiContext ui) {
        return new ActionsView(ui, programmes, actions, LocalDate.now(core.clock()).getYear(), core);
    }

    @Override
    public List<DashboardCard> dashboardCards(UiContext ui) {
        return ActionsDashboard.cards(ui, dashboard);
    }

    @Override
    public List<ExportEntry> exports(UiContext ui) {
        return new ActionsExports(ui, programmes, exports).entries();
    }

    @Override
    public void loadDemo(DemoContext demo) {
        new ActionsDemo(demo).load();
    }
}
