package fr.cress.relais.actions;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each row of the Bilan sheet will be, computed before writing so that a group row can sum rows that
 * come after it: an axis row, then for each objective its row and its actions (one row each, followed by
 * one row per indicator); then the actions without objective.
 */
final class BilanLayout {

    private final ProgrammeSnapshot snapshot;
    private final Map<Long, Integer> objectiveRow = new HashMap<>();
    private final Map<Long, Integer> actionRow = new HashMap<>();

    BilanLayout(ProgrammeSnapshot snapshot, int firstRow) {
        this.snapshot = snapshot;
        int row = firstRow;
        for (Axis axis : snapshot.axes()) {
            row++;
            for (Objective o : snapshot.objectivesOf(axis)) {
                objectiveRow.put(o.id(), row++);
                row = place(snapshot.actionsOf(o), row);
            }
        }
        List<JointAction> loose = snapshot.actionsWithoutObjective();
        if (!loose.isEmpty()) {
            place(loose, row + 1);
        }
    }

    private int place(List<JointAction> actions, int row) {
        int next = row;
        for (JointAction a : actions) {
            actionRow.put(a.id(), next);
            next += 1 + snapshot.indicatorsOf(a).size();
        }
        return next;
    }

    List<Integer> objectiveRows(Axis axis) {
        return snapshot.objectivesOf(axis).stream().map(o -> objectiveRow.get(o.id())).toList();
    }

    /** First and last row of the blocks of these consecutive actions. */
    int[] blockRange(List<JointAction> actions) {
        JointAction last = actions.get(actions.size() - 1);
        return new int[]{actionRow.get(actions.get(0).id()),
                actionRow.get(last.id()) + snapshot.indicatorsOf(last).size()};
    }
}
