package fr.cress.relais.meetings;

import fr.cress.relais.actions.ActionsFeature;
import fr.cress.relais.common.feature.Core;
import fr.cress.relais.common.feature.Feature;
import fr.cress.relais.partners.PartnersFeature;

/** Meetings of the working group: agenda, attendance, minutes, decisions and action items. */
public final class MeetingsFeature implements Feature {

    private final Core core;
    private final PartnersFeature partners;
    private final ActionsFeature actions;

    public MeetingsFeature(Core core, PartnersFeature partners, ActionsFeature actions) {
        this.core = core;
        this.partners = partners;
        this.actions = actions;
    }

    public Core core() {
        return core;
    }

    public PartnersFeature partners() {
        return partners;
    }

    public ActionsFeature actions() {
        return actions;
    }
}
