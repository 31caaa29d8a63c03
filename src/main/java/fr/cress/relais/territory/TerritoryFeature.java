package fr.cress.relais.territory;

import fr.cress.relais.common.feature.Core;
import fr.cress.relais.common.feature.DemoContext;
import fr.cress.relais.common.feature.Feature;
import fr.cress.relais.partners.PartnersFeature;

/**
 * Territory reference, the offer of partners, the map and its coverage gaps. Building it makes sure the store
 * holds the shipped territory reference (loaded once, in the background of store opening).
 */
public final class TerritoryFeature implements Feature {

    private final Core core;
    private final PartnersFeature partners;
    private final TerritoryReference reference;
    private final CoverageService coverage;

    public TerritoryFeature(Core core, PartnersFeature partners) {
        this.core = core;
        this.partners = partners;
        this.reference = new TerritoryReference(core.store());
        this.coverage = new CoverageService(core.store());
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

    @Override
    public void loadDemo(DemoContext demo) {
        new TerritoryDemo(demo).load();
    }

    /** The shipped territory reference of each region. */
    public TerritoryReference reference() {
        return reference;
    }
}
