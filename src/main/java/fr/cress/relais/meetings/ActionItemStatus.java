package fr.cress.relais.meetings;

import fr.cress.relais.common.i18n.Labelled;

/** An action item is open until it is done or dropped. */
public enum ActionItemStatus implements Labelled {
    OPEN,
    DONE,
    DROPPED;

    @Override
    public String labelKey() {
        return "meetings.itemStatus." + name();
    }
}
