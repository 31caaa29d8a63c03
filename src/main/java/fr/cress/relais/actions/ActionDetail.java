package fr.cress.relais.actions;

import java.util.List;

/** A joint action with everything attached to it: what the editor shows and saves as one. */
public record ActionDetail(JointAction action, List<ActionPartner> partners, List<Long> contactIds,
                           List<ActionFile> files, List<Indicator> indicators, List<BudgetLine> budget) {

    public ActionDetail {
        partners = List.copyOf(partners);
        contactIds = List.copyOf(contactIds);
        files = List.copyOf(files);
        indicators = List.copyOf(indicators);
        budget = List.copyOf(budget);
    }

    public static ActionDetail of(JointAction action) {
        return new ActionDetail(action, List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
