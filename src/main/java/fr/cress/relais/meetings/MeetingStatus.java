package fr.cress.relais.meetings;

import fr.cress.relais.common.i18n.Labelled;

/** Where a meeting stands: prévue, tenue, annulée. */
public enum MeetingStatus implements Labelled {
    PLANNED,
    HELD,
    CANCELLED;

    @Override
    public String labelKey() {
        return "meetings.status." + name();
    }
}
