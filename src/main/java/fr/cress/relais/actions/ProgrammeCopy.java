package fr.cress.relais.actions;

import org.jooq.DSLContext;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A new programme built from a previous one, inside the caller's transaction (see ProgrammeService.startFrom). */
final class ProgrammeCopy {

    private final DSLContext dsl;
    private final long previousId;
    private final Programme draft;
    private final boolean copyActions;
    private final Map<Long, Long> objectiveIds = new HashMap<>();

    ProgrammeCopy(DSLContext dsl, long previousId, Programme draft, boolean copyActions) {
        this.dsl = dsl;
        this.previousId = previousId;
        this.draft = draft;
        this.copyActions = copyActions;
    }

    long run() {
        Programme previous = ProgrammeService.require(dsl, previousId);
        ProgrammeRepository programmes = new ProgrammeRepository(dsl);
        long id = programmes.insert(new Programme(null, draft.name(), draft.startYear(), draft.endYear(),
                previous.description(), previous.id(), 0));
        List<Objective> objectives = programmes.objectives(previousId);
        for (Axis axis : programmes.axes(previousId)) {
            long axisId = programmes.insert(new Axis(null, id, axis.number(), axis.title(), axis.description(), 0));
            for (Objective o : objectives.stream().filter(o -> o.axisId() == axis.id()).toList()) {
                objectiveIds.put(o.id(), programmes.insert(
                        new Objective(null, axisId, o.number(), o.title(), o.description(), 0)));
            }
        }
        if (copyActions) {
            copyActions(previous, id);
        }
        return id;
    }

    private void copyActions(Programme previous, long programmeId) {
        ActionRepository actions = new ActionRepository(dsl);
        int shift = draft.startYear() - previous.startYear();
        for (JointAction a : actions.actions(previousId)) {
            ActionDetail old = actions.detail(a);
            JointAction planned = new JointAction(null, programmeId, objectiveIds.get(a.objectiveId()), a.rank(),
                    a.title(), a.kind(), ActionStatus.PLANNED, draft.startYear(), draft.endYear(), null, null,
                    a.place(), a.description(), null, null, 0);
            long id = actions.insert(planned);
            actions.replaceChildren(id, new ActionDetail(planned, old.partners(), old.contactIds(), List.of(),
                    indicators(old.indicators(), shift), budget(old.budget(), shift)));
        }
    }

    private List<Indicator> indicators(List<Indicator> old, int shift) {
        return old.stream().filter(i -> inNewYears(i.year(), shift))
                .map(i -> new Indicator(null, move(i.year(), shift), i.name(), i.unit(), i.planned(), null, null))
                .toList();
    }

    private List<BudgetLine> budget(List<BudgetLine> old, int shift) {
        return old.stream().filter(b -> inNewYears(b.year(), shift))
                .map(b -> new BudgetLine(null, b.type(), b.label(), b.funderId(), move(b.year(), shift), b.planned(),
                        null, null))
                .toList();
    }

    private boolean inNewYears(Integer year, int shift) {
        return year == null || draft.covers(year + shift);
    }

    private static Integer move(Integer year, int shift) {
        return year == null ? null : year + shift;
    }
}
