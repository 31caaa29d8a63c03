package fr.cress.relais.actions;

import org.jooq.DSLContext;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything about one programme, read in a few queries: its structure, its actions and what hangs from
 * them. The tree, the dashboard, the totals, the bilan and the action plans all read from it.
 * References follow the report: axis « 1 », objective « 1.2 », action « 1.2.a ».
 */
public final class ProgrammeSnapshot {

    private final Programme programme;
    private final List<Axis> axes;
    private final List<Objective> objectives;
    private final List<JointAction> actions;
    private final Map<Long, List<ActionPartner>> partners;
    private final Map<Long, List<Long>> contacts;
    private final Map<Long, List<Indicator>> indicators;
    private final Map<Long, List<BudgetLine>> budget;
    private final Directory directory;
    private final Map<Long, String> refs = new HashMap<>();
    private final Map<Long, Axis> axesById = new HashMap<>();
    private final Map<Long, Objective> objectivesById = new HashMap<>();
    private final Map<Long, List<Objective>> objectivesByAxis = new HashMap<>();
    private final Map<Long, List<JointAction>> actionsByObjective = new HashMap<>();
    private final List<JointAction> withoutObjective = new ArrayList<>();

    public ProgrammeSnapshot(Programme programme, List<Axis> axes, List<Objective> objectives,
                             List<JointAction> actions, Map<Long, List<ActionPartner>> partners,
                             Map<Long, List<Long>> contacts, Map<Long, List<Indicator>> indicators,
                             Map<Long, List<BudgetLine>> budget, Directory directory) {
        this.programme = programme;
        this.axes = List.copyOf(axes);
        this.objectives = List.copyOf(objectives);
        this.actions = List.copyOf(actions);
        this.partners = Map.copyOf(partners);
        this.contacts = Map.copyOf(contacts);
        this.indicators = Map.copyOf(indicators);
        this.budget = Map.copyOf(budget);
        this.directory = directory;
        index();
        for (Objective o : this.objectives) {
            List<JointAction> inObjective = actionsOf(o);
            String prefix = ref(o) + ".";
            for (int i = 0; i < inObjective.size(); i++) {
                refs.put(inObjective.get(i).id(), prefix + letter(i));
            }
        }
    }

    /** One pass over the structure and the actions: every lookup below is then a map access. */
    private void index() {
        axes.forEach(a -> axesById.put(a.id(), a));
        for (Objective o : objectives) {
            objectivesById.put(o.id(), o);
            objectivesByAxis.computeIfAbsent(o.axisId(), k -> new ArrayList<>()).add(o);
        }
        for (JointAction a : actions) {
            if (a.objectiveId() != null && objectivesById.containsKey(a.objectiveId())) {
                actionsByObjective.computeIfAbsent(a.objectiveId(), k -> new ArrayList<>()).add(a);
            } else {
                withoutObjective.add(a);
            }
        }
    }

    /** Reads the programme {@code programmeId} (which must exist) within {@code dsl}. */
    public static ProgrammeSnapshot load(DSLContext dsl, Programme programme) {
        return load(dsl, programme, Directory.load(dsl));
    }

    /**
     * The same without the directory (no names of partners and contacts): enough for figures and totals, and far
     * lighter on a large network.
     */
    public static ProgrammeSnapshot loadFigures(DSLContext dsl, Programme programme) {
        return load(dsl, programme, new Directory(List.of(), List.of()));
    }

    /** The same with the organisations' names but without the contacts (see {@link Directory#loadOrganisations}). */
    public static ProgrammeSnapshot loadOutline(DSLContext dsl, Programme programme) {
        return load(dsl, programme, Directory.loadOrganisations(dsl));
    }

    private static ProgrammeSnapshot load(DSLContext dsl, Programme programme, Directory directory) {
        ProgrammeRepository structure = new ProgrammeRepository(dsl);
        ActionRepository actions = new ActionRepository(dsl);
        long id = programme.id();
        return new ProgrammeSnapshot(programme, structure.axes(id), structure.objectives(id), actions.actions(id),
                actions.partnersOfProgramme(id), actions.contactsOfProgramme(id), actions.indicatorsOfProgramme(id),
                actions.budgetOfProgramme(id), directory);
    }

    public Programme programme() {
        return programme;
    }

    public List<Axis> axes() {
        return axes;
    }

    public List<Objective> objectives() {
        return objectives;
    }

    public List<JointAction> actions() {
        return actions;
    }

    public Directory directory() {
        return directory;
    }

    public List<Objective> objectivesOf(Axis axis) {
        return List.copyOf(objectivesByAxis.getOrDefault(axis.id(), List.of()));
    }

    public List<JointAction> actionsOf(Objective objective) {
        return List.copyOf(actionsByObjective.getOrDefault(objective.id(), List.of()));
    }

    public List<JointAction> actionsWithoutObjective() {
        return List.copyOf(withoutObjective);
    }

    public List<JointAction> actionsOf(Axis axis) {
        List<JointAction> result = new ArrayList<>();
        objectivesOf(axis).forEach(o -> result.addAll(actionsOf(o)));
        return result;
    }

    public Optional<Objective> objective(Long id) {
        return Optional.ofNullable(id == null ? null : objectivesById.get(id));
    }

    public Optional<Axis> axis(long id) {
        return Optional.ofNullable(axesById.get(id));
    }

    /** The axis an action belongs to, through its objective. */
    public Optional<Axis> axisOf(JointAction action) {
        return objective(action.objectiveId()).flatMap(o -> axis(o.axisId()));
    }

    public List<ActionPartner> partnersOf(JointAction action) {
        return partners.getOrDefault(action.id(), List.of());
    }

    public List<Long> contactsOf(JointAction action) {
        return contacts.getOrDefault(action.id(), List.of());
    }

    public List<Indicator> indicatorsOf(JointAction action) {
        return indicators.getOrDefault(action.id(), List.of());
    }

    public List<BudgetLine> budgetOf(JointAction action) {
        return budget.getOrDefault(action.id(), List.of());
    }

    /** « 1.2 ». */
    public String ref(Objective objective) {
        return axis(objective.axisId()).map(Axis::ref).orElse("?") + "." + objective.number();
    }

    /** « 1.2.a », or empty for an action outside any objective. */
    public String ref(JointAction action) {
        return refs.getOrDefault(action.id(), "");
    }

    /** « ARDES, URSCOP, AFIP » — each organisation once, in the order they were added. */
    public String partnerLabels(JointAction action) {
        return String.join(", ", partnersOf(action).stream().map(p -> directory.organisationLabel(p.organisationId()))
                .distinct().toList());
    }

    private static String letter(int index) {
        return index < 26 ? String.valueOf((char) ('a' + index)) : letter(index / 26 - 1) + letter(index % 26);
    }
}
