package fr.cress.relais.territory;

import fr.cress.relais.common.feature.Core;
import fr.cress.relais.common.feature.Feature;
import fr.cress.relais.partners.PartnersFeature;

/** Territory reference, the offer of partners, the map and its coverage gaps. */
public final class TerritoryFeature implements Feature {

    private final Core core;
    private final PartnersFeature partners;

    public TerritoryFeature(Core core, PartnersFeature partners) {
        this.core = core;
        this.partners = partners;
    }

    public Core core() {
        return core;
    }

    public PartnersFeature partners() {
        return partners;
    }
}
