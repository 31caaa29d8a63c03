package fr.cress.relais.actions;

import fr.cress.relais.common.i18n.Labelled;

/** What a joint action is: a brochure, a stand at a fair, a training module... */
public enum ActionKind implements Labelled {
    BROCHURE,
    FAIR_STAND,
    WORKSHOP,
    TRAINING_MODULE,
    CONFERENCE,
    CAFE_DEBATE,
    ROUND_TABLE,
    STUDY,
    WEB_CONTENT,
    FORUM,
    OTHER;

    @Override
    public String labelKey() {
        return "actions.kind." + name();
    }
}
