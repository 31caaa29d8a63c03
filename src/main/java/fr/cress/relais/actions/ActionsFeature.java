package fr.cress.relais.actions;

import fr.cress.relais.common.feature.Core;
import fr.cress.relais.common.feature.Feature;
import fr.cress.relais.partners.PartnersFeature;

/** Programmes (axes, objectives), joint actions, indicators, budgets, dashboard and bilan. */
public final class ActionsFeature implements Feature {

    private final Core core;
    private final PartnersFeature partners;

    public ActionsFeature(Core core, PartnersFeature partners) {
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
