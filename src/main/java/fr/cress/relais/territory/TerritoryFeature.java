package fr.cress.relais.territory;

import fr.cress.relais.common.feature.Core;
import fr.cress.relais.common.feature.DashboardCard;
import fr.cress.relais.common.feature.DemoContext;
import fr.cress.relais.common.feature.ExportEntry;
import fr.cress.relais.common.feature.Feature;
import fr.cress.relais.common.feature.SectionId;
import fr.cress.relais.common.feature.SectionView;
import fr.cress.relais.common.feature.UiContext;
import fr.cress.relais.partners.PartnersFeature;
import fr.cress.relais.territory.ui.CoverageExportAction;
import fr.cress.relais.territory.ui.GapsCard;
import fr.cress.relais.territory.ui.MapSectionView;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Territory reference, the offer of partners, the map and its coverage gaps. Building it makes sure the store
 * holds the shipped territory reference (loaded once, in the background of store opening).
 */
public final class TerritoryFeature implements Feature {

    private final Core core;
    private final PartnersFeature partners;
    private final TerritoryReference reference;
    private final CoverageService coverage;
    private final OfferService offers;
    private final ZoneService zones;
    private final ContourService contours;
    private final List<MapOverlaySource> overlays = new CopyOnWriteArrayList<>();

    public TerritoryFeature(Core core, PartnersFeature partners) {
        this.core = core;
        this.partners = partners;
        this.reference = new TerritoryReference(core.store());
        this.coverage = new CoverageService(core.store(), core.i18n(), core.clock());
        this.offers = new OfferService(core.store());
        this.zones = new ZoneService(core.store());
        this.contours = new ContourService(core.store(), core.i18n(), GeoJsonContours.DEFAULT_MAX_BYTES,
                ApiGeoDownloader.OFFICIAL, coverage);
        reference.ensureLoaded(TerritoryReference.DEFAULT_REGION);
    }

    public Core core() {
        return core;
    }

    public PartnersFeature partners() {
        return partners;
    }

    /** Who covers which commune for which service; gaps and the coverage matrix. */
    public CoverageService coverage() {
        return coverage;
    }

    /** The offer of each organisation (services, territories, publics). */
    public OfferService offers() {
        return offers;
    }

    /** User-defined zones. */
    public ZoneService zones() {
        return zones;
    }

    /** Contours: GeoJSON import, download from API Géo, shapes of every level. */
    public ContourService contours() {
        return contours;
    }

    /** Adds a layer drawn on the map over the coverage (a later feature's points, e.g. project holders). */
    public void addOverlay(MapOverlaySource source) {
        overlays.add(source);
    }

    /** The layers added by {@link #addOverlay}, in the order added. */
    public List<MapOverlaySource> overlays() {
        return List.copyOf(overlays);
    }

    @Override
    public Optional<SectionId> section() {
        return Optional.of(SectionId.MAP);
    }

    @Override
    public SectionView createView(UiContext ui) {
        return new MapSectionView(ui, this);
    }

    @Override
    public List<DashboardCard> dashboardCards(UiContext ui) {
        return List.of(new GapsCard(ui, coverage));
    }

    @Override
    public List<ExportEntry> exports(UiContext ui) {
        return List.of(new ExportEntry("territory.export.entry.title", "territory.export.entry.description",
                Material2OutlinedMZ.MAP, new CoverageExportAction(ui, coverage)));
    }

    @Override
    public void loadDemo(DemoContext demo) {
        new TerritoryDemo(demo).load();
    }

    /** The shipped territory reference of each region. */
    public TerritoryReference reference() {
        return reference;
    }
}
