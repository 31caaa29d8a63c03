package fr.cress.relais.partners;

import fr.cress.relais.common.feature.Core;
import fr.cress.relais.common.feature.DemoContext;
import fr.cress.relais.common.feature.Feature;

/** Organisations, contacts, working groups and memberships. */
public final class PartnersFeature implements Feature {

    private final Core core;

    public PartnersFeature(Core core) {
        this.core = core;
    }

    public Core core() {
        return core;
    }

    @Override
    public void loadDemo(DemoContext demo) {
        new PartnersDemo(demo).load();
    }
}
