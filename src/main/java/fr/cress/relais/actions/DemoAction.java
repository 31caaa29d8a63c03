package fr.cress.relais.actions;

import fr.cress.relais.common.feature.DemoContext;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One joint action of the example programme, written fluently then saved with {@link #save()}:
 * partners by their example key ({@code org:<KEY>}), their first contact added when they pilot or
 * contribute; income lines make their funder a « financeur » and mark the action's amounts as examples.
 */
final class DemoAction {

    private static final String CRESS = "CRESS";

    private final DemoContext demo;
    private final ActionRepository actions;
    private final String key;
    private final long programmeId;
    private final long objectiveId;
    private final String title;
    private final ActionKind kind;
    private final ActionStatus status;
    private Integer startYear;
    private Integer endYear;
    private LocalDate startDate;
    private LocalDate endDate;
    private String place;
    private String description;
    private String results;
    private String notes;
    private final List<ActionPartner> partners = new ArrayList<>();
    private final List<Long> contacts = new ArrayList<>();
    private final List<Indicator> indicators = new ArrayList<>();
    private final List<BudgetLine> budget = new ArrayList<>();

    DemoAction(DemoContext demo, ActionRepository actions, String key, long programmeId, long objectiveId,
               String title, ActionKind kind, ActionStatus status) {
        this.demo = demo;
        this.actions = actions;
        this.key = key;
        this.programmeId = programmeId;
        this.objectiveId = objectiveId;
        this.title = title;
        this.kind = kind;
        this.status = status;
        partner(PartnerRole.PILOT, CRESS);
    }

    DemoAction years(int from, int to) {
        this.startYear = from;
        this.endYear = to;
        return this;
    }

    DemoAction dates(LocalDate start, LocalDate end) {
        this.startDate = start;
        this.endDate = end;
        return this;
    }

    DemoAction place(String place) {
        this.place = place;
        return this;
    }

    DemoAction description(String text) {
        this.description = text;
        return this;
    }

    DemoAction results(String text) {
        this.results = text;
        return this;
    }

    DemoAction notes(String text) {
        this.notes = text;
        return this;
    }

    DemoAction partner(PartnerRole role, String... orgKeys) {
        for (String org : orgKeys) {
            ActionPartner partner = new ActionPartner(demo.id("org", org), role);
            if (!partners.contains(partner)) {
                partners.add(partner);
            }
            boolean active = role == PartnerRole.PILOT || role == PartnerRole.CONTRIBUTOR;
            if (active && demo.has("contact", org) && !contacts.contains(demo.id("contact", org))) {
                contacts.add(demo.id("contact", org));
            }
        }
        return this;
    }

    DemoAction indicator(Integer year, String name, String unit, Number planned, Number achieved, String qualitative) {
        indicators.add(new Indicator(null, year, name, unit, decimal(planned), decimal(achieved), qualitative));
        return this;
    }

    DemoAction expense(Integer year, String label, Number planned, Number granted, Number received) {
        budget.add(new BudgetLine(null, BudgetLineType.EXPENSE, label, null, year, decimal(planned), decimal(granted),
                decimal(received)));
        return this;
    }

    DemoAction income(Integer year, String funder, String label, Number planned, Number granted, Number received) {
        budget.add(new BudgetLine(null, BudgetLineType.INCOME, label, demo.id("org", funder), year, decimal(planned),
                decimal(granted), decimal(received)));
        if (!CRESS.equals(funder)) {
            partner(PartnerRole.FUNDER, funder);
        }
        return this;
    }

    long save() {
        String allNotes = budget.isEmpty() ? notes
                : (notes == null ? "" : notes + "\n") + "Montants d’exemple\u202F: le bilan 2007-2009 ne donne pas les budgets.";
        JointAction action = new JointAction(null, programmeId, objectiveId, actions.nextRank(programmeId, objectiveId),
                title, kind, status, startYear, endYear, startDate, endDate, place, description, results, allNotes, 0);
        long id = actions.insert(action);
        actions.replaceChildren(id, new ActionDetail(action, partners, contacts, List.of(), indicators, budget));
        demo.remember("action", key, id);
        return id;
    }

    private static BigDecimal decimal(Number n) {
        return n == null ? null : new BigDecimal(n.toString());
    }
}
