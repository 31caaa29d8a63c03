package fr.cress.relais.holders;

import fr.cress.relais.common.feature.Core;
import fr.cress.relais.common.feature.Feature;
import fr.cress.relais.partners.PartnersFeature;
import fr.cress.relais.territory.TerritoryFeature;

/** Project holders welcomed by the CRESS and their referrals to partners. */
public final class HoldersFeature implements Feature {

    private final Core core;
    private final PartnersFeature partners;
    private final TerritoryFeature territory;

    public HoldersFeature(Core core, PartnersFeature partners, TerritoryFeature territory) {
        this.core = core;
        this.partners = partners;
        this.territory = territory;
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
}
