package fr.cress.relais.actions.ui;

import java.util.Set;

/**
 * What a dashboard chart leads to: the actions behind a bar, with a label saying what they are
 * (« Axe 2 · En cours »). Given as the target of {@code navigator().show(SectionId.ACTIONS, filter)}.
 */
public record ActionFilter(long programmeId, String label, Set<Long> actionIds) {

    public ActionFilter {
        actionIds = Set.copyOf(actionIds);
    }
}
