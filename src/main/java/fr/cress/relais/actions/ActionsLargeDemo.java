package fr.cress.relais.actions;

import fr.cress.relais.common.feature.LargeDemoContext;
import fr.cress.relais.db.BulkInsert;
import org.jooq.DSLContext;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static fr.cress.relais.db.generated.Tables.ACTION_PARTNER;
import static fr.cress.relais.db.generated.Tables.INDICATOR;
import static fr.cress.relais.db.generated.Tables.JOINT_ACTION;

/**
 * Generated history of a large network: the programme 2007-2009 continued by three-year programmes (same axes
 * and objectives), 5,000 joint actions at factor 1 spread over them, each with two or three indicators and its
 * partners. Shares the ids as {@code action}.
 */
public final class ActionsLargeDemo {

    private record Template(String title, ActionKind kind, String indicator, String unit, int planned) {
    }

    private static final List<Template> TEMPLATES = List.of(
            new Template("Stand « Entreprendre autrement » au salon des entrepreneurs de %s", ActionKind.FAIR_STAND,
                    "Porteurs de projets rencontrés", "personnes", 40),
            new Template("Atelier « Créer une SCOP ou une SCIC » à %s", ActionKind.WORKSHOP,
                    "Participants", "personnes", 15),
            new Template("Café-débat de l’économie sociale et solidaire à %s", ActionKind.CAFE_DEBATE,
                    "Participants", "personnes", 30),
            new Template("Module de formation « Entreprendre autrement » – %s", ActionKind.TRAINING_MODULE,
                    "Stagiaires formés", "personnes", 12),
            new Template("Forum de la création d’activité solidaire de %s", ActionKind.FORUM,
                    "Visiteurs", "personnes", 200),
            new Template("Guide des aides à la création en ESS – édition %s", ActionKind.BROCHURE,
                    "Exemplaires diffusés", "exemplaires", 1_000),
            new Template("Table ronde des financeurs solidaires à %s", ActionKind.ROUND_TABLE,
                    "Projets présentés", "projets", 8),
            new Template("Conférence « Mois de l’ESS » à %s", ActionKind.CONFERENCE,
                    "Participants", "personnes", 80),
            new Template("Étude des besoins d’accompagnement du territoire de %s", ActionKind.STUDY,
                    "Structures interrogées", "structures", 50));
    private static final List<String> PLACES = List.of("Caen", "Saint-Lô", "Alençon", "Cherbourg-en-Cotentin",
            "Lisieux", "Vire Normandie", "Flers", "Argentan", "Bayeux", "Coutances", "Avranches", "Granville",
            "L’Aigle", "Falaise", "Mortagne-au-Perche", "Honfleur", "Valognes", "Domfront en Poiraie");
    private static final ActionStatus[] PAST = {ActionStatus.DONE, ActionStatus.DONE, ActionStatus.DONE,
            ActionStatus.CANCELLED, ActionStatus.POSTPONED};
    private static final PartnerRole[] ROLES = {PartnerRole.CONTRIBUTOR, PartnerRole.FUNDER, PartnerRole.RELAY};

    private final LargeDemoContext ctx;
    private final DSLContext dsl;

    public ActionsLargeDemo(LargeDemoContext ctx) {
        this.ctx = ctx;
        this.dsl = ctx.demo().dsl();
    }

    public void load() {
        List<long[]> programmes = programmes();
        int n = ctx.count(5_000);
        long first = BulkInsert.nextId(dsl, JOINT_ACTION);
        long[] ids = new long[n];
        long[] supporters = ctx.ids("supporter");
        try (BulkInsert actions = new BulkInsert(dsl, JOINT_ACTION, JOINT_ACTION.ID, JOINT_ACTION.PROGRAMME_ID,
                JOINT_ACTION.OBJECTIVE_ID, JOINT_ACTION.RANK_NO, JOINT_ACTION.TITLE, JOINT_ACTION.KIND,
                JOINT_ACTION.STATUS, JOINT_ACTION.START_YEAR, JOINT_ACTION.END_YEAR, JOINT_ACTION.START_DATE,
                JOINT_ACTION.END_DATE, JOINT_ACTION.PLACE, JOINT_ACTION.DESCRIPTION);
             BulkInsert indicators = new BulkInsert(dsl, INDICATOR, INDICATOR.ACTION_ID, INDICATOR.INDICATOR_YEAR,
                     INDICATOR.NAME, INDICATOR.UNIT, INDICATOR.RANK_NO, INDICATOR.PLANNED, INDICATOR.ACHIEVED).after(actions);
             BulkInsert partners = new BulkInsert(dsl, ACTION_PARTNER, ACTION_PARTNER.ACTION_ID,
                     ACTION_PARTNER.ORGANISATION_ID, ACTION_PARTNER.PARTNER_ROLE).after(actions)) {
            for (int i = 0; i < n; i++) {
                ids[i] = first + i;
                int p = i % programmes.size();
                long[] programme = programmes.get(p);
                int year = 2010 + 3 * p + ctx.nextInt(3);
                Template t = ctx.pick(TEMPLATES);
                String place = ctx.pick(PLACES);
                var start = java.time.LocalDate.of(year, 1 + ctx.nextInt(12), 1 + ctx.nextInt(28));
                ActionStatus status = start.isBefore(ctx.today()) ? ctx.pick(PAST) : ActionStatus.PLANNED;
                actions.add(ids[i], programme[0], programme[1 + ctx.nextInt(programme.length - 1)], i / programmes.size(),
                        String.format(t.title(), t.kind() == ActionKind.BROCHURE ? Integer.toString(year) : place),
                        t.kind().name(), status.name(), year, year, start, start.plusDays(ctx.nextInt(3)), place,
                        "Action conjointe du groupe « Entreprendre autrement » (données générées).");
                int planned = t.planned() / 2 + ctx.nextInt(t.planned());
                BigDecimal achieved = status == ActionStatus.DONE
                        ? BigDecimal.valueOf(planned * (60 + ctx.nextInt(60)) / 100) : null;
                indicators.add(ids[i], year, t.indicator(), t.unit(), 0, BigDecimal.valueOf(planned), achieved);
                indicators.add(ids[i], year, "Partenaires mobilisés", "structures", 1,
                        BigDecimal.valueOf(3), status == ActionStatus.DONE ? BigDecimal.valueOf(2 + ctx.nextInt(4)) : null);
                if (i % 3 == 0) {
                    indicators.add(ids[i], year, "Porteurs orientés vers un réseau", "personnes", 2,
                            BigDecimal.valueOf(5), status == ActionStatus.DONE ? BigDecimal.valueOf(ctx.nextInt(10)) : null);
                }
                long pilot = ctx.pick(supporters);
                partners.add(ids[i], pilot, PartnerRole.PILOT.name());
                long other = ctx.pick(supporters);
                if (other != pilot) {
                    partners.add(ids[i], other, ctx.pick(ROLES).name());
                }
            }
        }
        ctx.share("action", ids);
    }

    /** Programmes 2010-2012, 2013-2015... each continuing the previous one: {programme id, objective ids...}. */
    private List<long[]> programmes() {
        long previous = ctx.demo().id("programme", "2007-2009");
        ProgrammeRepository repository = new ProgrammeRepository(dsl);
        List<long[]> result = new ArrayList<>();
        for (int start = 2010; start <= 2025; start += 3) {
            String name = "Entreprendre autrement en Basse-Normandie " + start + "-" + (start + 2);
            long id = new ProgrammeCopy(dsl, previous, new Programme(null, name, start, start + 2, null, previous, 0),
                    false).run();
            List<Objective> objectives = repository.objectives(id);
            long[] row = new long[objectives.size() + 1];
            row[0] = id;
            for (int i = 0; i < objectives.size(); i++) {
                row[i + 1] = objectives.get(i).id();
            }
            result.add(row);
            previous = id;
        }
        return result;
    }
}
