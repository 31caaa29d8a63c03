package fr.cress.relais.holders;

import fr.cress.relais.common.feature.Core;
import fr.cress.relais.common.feature.DashboardCard;
import fr.cress.relais.common.feature.DemoContext;
import fr.cress.relais.common.feature.ExportEntry;
import fr.cress.relais.common.feature.Feature;
import fr.cress.relais.common.feature.SectionId;
import fr.cress.relais.common.feature.SectionView;
import fr.cress.relais.common.feature.UiContext;
import fr.cress.relais.holders.ui.FollowUpCard;
import fr.cress.relais.holders.ui.HoldersExportEntry;
import fr.cress.relais.holders.ui.HoldersView;
import fr.cress.relais.partners.PartnersFeature;
import fr.cress.relais.territory.TerritoryFeature;

import java.util.List;
import java.util.Optional;

/**
 * Project holders welcomed by the CRESS, the partners suggested for their needs where they live, their
 * referrals and follow-ups, and the figures of demand against the offer.
 */
public final class HoldersFeature implements Feature {

    private final Core core;
    private final PartnersFeature partners;
    private final TerritoryFeature territory;
    private final ReferralService referrals;
    private final HolderService holders;
    private final SuggestionService suggestions;
    private final DemandService demand;
    private final HolderStatisticsService statistics;
    private final HoldersExport export;
    private final HoldersMapOverlay mapOverlay;
    private final HoldersBilan bilan;

    public HoldersFeature(Core core, PartnersFeature partners, TerritoryFeature territory) {
        this.core = core;
        this.partners = partners;
        this.territory = territory;
        CommuneDirectory communes = new CommuneDirectory(territory.coverage());
        this.referrals = new ReferralService(core);
        this.holders = new HolderService(core, referrals, communes);
        this.suggestions = new SuggestionService(core, territory.coverage());
        this.demand = new DemandService(core, territory.coverage());
        this.statistics = new HolderStatisticsService(core, communes, demand);
        this.export = new HoldersExport(core, statistics, communes);
        this.mapOverlay = new HoldersMapOverlay(demand, territory.coverage(), core.i18n());
        this.bilan = new HoldersBilan(statistics, core.i18n());
    }

    public Core core() {
        return core;
    }

    public PartnersFeature partners() {
        return partners;
    }

    public TerritoryFeature territory() {
        return territory;
    }

    public HolderService holders() {
        return holders;
    }

    public ReferralService referrals() {
        return referrals;
    }

    public SuggestionService suggestions() {
        return suggestions;
    }

    public HoldersExport export() {
        return export;
    }

    /**
     * The holders' figures for a programme bilan: holders first met from {@code fromYear} to {@code toYear},
     * counted by year, need, stage, channel, sector and territory, with referral outcomes per partner and
     * the demand no offer covers.
     */
    public HolderStatistics statistics(int fromYear, int toYear) {
        return statistics.statistics(fromYear, toYear);
    }

    /**
     * Holders per commune with the commune's position, what they need and which needs no offer covers there:
     * for the map, drawn over the coverage layer.
     */
    public List<HolderLocation> locations() {
        return demand.locations();
    }

    /** Holders on the map, over the coverage: the layer the composition root adds to the territory feature. */
    public HoldersMapOverlay mapOverlay() {
        return mapOverlay;
    }

    /** The holders' sheets of a programme bilan: the composition root adds them to the actions feature's bilan. */
    public HoldersBilan bilanContribution() {
        return bilan;
    }

    @Override
    public Optional<SectionId> section() {
        return Optional.of(SectionId.HOLDERS);
    }

    @Override
    public SectionView createView(UiContext ui) {
        return new HoldersView(this, ui);
    }

    @Override
    public List<DashboardCard> dashboardCards(UiContext ui) {
        return List.of(new FollowUpCard(referrals, ui));
    }

    @Override
    public List<ExportEntry> exports(UiContext ui) {
        return List.of(new HoldersExportEntry(export, ui).entry());
    }

    @Override
    public void loadDemo(DemoContext demo) {
        new HoldersDemo(demo).load();
    }
}
