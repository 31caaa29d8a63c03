package fr.cress.relais.actions;

import fr.cress.relais.common.i18n.Labelled;

/** Where a joint action stands: prévue, en cours, réalisée, annulée, reportée. */
public enum ActionStatus implements Labelled {
    PLANNED,
    IN_PROGRESS,
    DONE,
    CANCELLED,
    POSTPONED;

    @Override
    public String labelKey() {
        return "actions.status." + name();
    }

    /** True while the action still has to happen (prévue, en cours, reportée). */
    public boolean open() {
        return this == PLANNED || this == IN_PROGRESS || this == POSTPONED;
    }
}
