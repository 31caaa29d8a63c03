package fr.cress.relais.meetings;

import fr.cress.relais.common.feature.LargeDemoContext;
import fr.cress.relais.db.BulkInsert;
import org.jooq.DSLContext;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import static fr.cress.relais.db.generated.Tables.ACTION_ITEM;
import static fr.cress.relais.db.generated.Tables.AGENDA_ITEM;
import static fr.cress.relais.db.generated.Tables.DECISION;
import static fr.cress.relais.db.generated.Tables.MEETING;
import static fr.cress.relais.db.generated.Tables.MEETING_INVITEE;

/**
 * Generated meetings of a large network: 2,000 meetings at factor 1 (about twenty years of the group and its
 * sub-groups), each with an agenda, eight invitees and their attendance, a decision and ten action items
 * (20,000 in all) owned by partners.
 */
public final class MeetingsLargeDemo {

    private static final List<String> TITLES = List.of("Réunion du groupe « Entreprendre autrement »",
            "Comité de pilotage du programme", "Groupe de travail « outils de l’accompagnement »",
            "Réunion des financeurs solidaires", "Préparation du Mois de l’ESS", "Comité technique des CAE",
            "Rencontre des réseaux d’accompagnement", "Bilan annuel des actions conjointes");
    private static final List<String> AGENDA = List.of("Tour de table des partenaires", "Point sur les actions en cours",
            "Bilan des porteurs de projets orientés", "Préparation du salon des entrepreneurs",
            "Budget et cofinancements", "Présentation d’un réseau invité", "Calendrier du semestre",
            "Questions diverses");
    private static final List<String> PLACES = List.of("CRESS, 12 rue Alfred Kastler, Caen", "URSCOP, Hérouville-Saint-Clair",
            "Maison des associations, Saint-Lô", "Territoires etc., Alençon", "PIVERT, Vire Normandie",
            "Visioconférence");
    private static final List<String> ITEMS = List.of("Envoyer le compte rendu aux partenaires",
            "Relancer les porteurs orientés le mois dernier", "Réserver la salle du prochain atelier",
            "Mettre à jour la liste des contacts du réseau", "Préparer le bilan chiffré des indicateurs",
            "Diffuser l’invitation au café-débat", "Transmettre le budget prévisionnel au financeur",
            "Proposer une date pour la prochaine réunion", "Rédiger l’article pour la lettre d’information",
            "Contacter la communauté de communes");
    private static final String[] ATTENDANCE = {"PRESENT", "PRESENT", "PRESENT", "EXCUSED", "ABSENT", "REPRESENTED"};

    private final LargeDemoContext ctx;
    private final DSLContext dsl;

    public MeetingsLargeDemo(LargeDemoContext ctx) {
        this.ctx = ctx;
        this.dsl = ctx.demo().dsl();
    }

    public void load() {
        int n = ctx.count(2_000);
        long[] groups = ctx.demo().all("group").values().stream().mapToLong(Long::longValue).sorted().toArray();
        long firstMeeting = BulkInsert.nextId(dsl, MEETING);
        long firstAgenda = BulkInsert.nextId(dsl, AGENDA_ITEM);
        LocalDate today = ctx.today();
        LocalDate start = today.minusYears(20);
        long span = java.time.temporal.ChronoUnit.DAYS.between(start, today.plusYears(1));
        try (BulkInsert meetings = new BulkInsert(dsl, MEETING, MEETING.ID, MEETING.GROUP_ID, MEETING.TITLE,
                MEETING.STARTS_AT, MEETING.ENDS_AT, MEETING.PLACE, MEETING.STATUS, MEETING.ICS_UID);
             BulkInsert agenda = new BulkInsert(dsl, AGENDA_ITEM, AGENDA_ITEM.ID, AGENDA_ITEM.MEETING_ID,
                     AGENDA_ITEM.RANK_NO, AGENDA_ITEM.TITLE, AGENDA_ITEM.PRESENTER_ORGANISATION_ID,
                     AGENDA_ITEM.DURATION_MINUTES, AGENDA_ITEM.MINUTES_TEXT).after(meetings);
             BulkInsert invitees = new BulkInsert(dsl, MEETING_INVITEE, MEETING_INVITEE.MEETING_ID,
                     MEETING_INVITEE.ORGANISATION_ID, MEETING_INVITEE.CONTACT_ID, MEETING_INVITEE.ATTENDANCE).after(meetings);
             BulkInsert decisions = new BulkInsert(dsl, DECISION, DECISION.MEETING_ID, DECISION.AGENDA_ITEM_ID,
                     DECISION.TEXT).after(agenda);
             BulkInsert items = new BulkInsert(dsl, ACTION_ITEM, ACTION_ITEM.MEETING_ID, ACTION_ITEM.AGENDA_ITEM_ID,
                     ACTION_ITEM.TITLE, ACTION_ITEM.OWNER_ORGANISATION_ID, ACTION_ITEM.OWNER_CONTACT_ID,
                     ACTION_ITEM.DUE_DATE, ACTION_ITEM.STATUS, ACTION_ITEM.CLOSED_ON).after(agenda)) {
            long agendaId = firstAgenda;
            for (int i = 0; i < n; i++) {
                long id = firstMeeting + i;
                LocalDateTime at = start.plusDays(span * i / n).atTime(LocalTime.of(9 + ctx.nextInt(6) , 30));
                boolean past = at.toLocalDate().isBefore(today);
                String status = past ? (ctx.chance(0.05) ? "CANCELLED" : "HELD") : "PLANNED";
                meetings.add(id, ctx.pick(groups), ctx.pick(TITLES), at, at.plusHours(2), ctx.pick(PLACES), status,
                        "large-" + id + "@relais.example.org");
                long firstItem = agendaId;
                int points = 4 + ctx.nextInt(3);
                for (int r = 0; r < points; r++) {
                    agenda.add(agendaId++, id, r + 1, AGENDA.get((r + i) % AGENDA.size()),
                            ctx.pick(ctx.ids("supporter")), 15 + 15 * ctx.nextInt(3),
                            past ? "Échanges entre les partenaires ; voir les suites à donner." : null);
                }
                invite(invitees, id, past);
                if (past) {
                    decisions.add(id, firstItem + 1, "Les partenaires valident le calendrier proposé.");
                }
                for (int k = 0; k < 10; k++) {
                    item(items, id, firstItem + k % points, at.toLocalDate(), today);
                }
            }
        }
    }

    private void invite(BulkInsert invitees, long meeting, boolean past) {
        long[] contacts = ctx.ids("contact");
        long[] orgOf = ctx.ids("contact-org");
        int from = ctx.nextInt(contacts.length);
        for (int k = 0; k < 8; k++) {
            int c = (from + k * 97) % contacts.length;
            invitees.add(meeting, orgOf[c], contacts[c], past ? ctx.pick(ATTENDANCE) : "UNKNOWN");
        }
    }

    private void item(BulkInsert items, long meeting, long agendaItem, LocalDate held, LocalDate today) {
        long[] contacts = ctx.ids("contact");
        long[] orgOf = ctx.ids("contact-org");
        int c = ctx.nextInt(contacts.length);
        LocalDate due = held.plusDays(14 + ctx.nextInt(60));
        boolean done = due.isBefore(today.minusMonths(2)) && ctx.chance(0.95);
        items.add(meeting, agendaItem, ctx.pick(ITEMS), orgOf[c], contacts[c], due,
                done ? "DONE" : ctx.chance(0.03) ? "DROPPED" : "OPEN", done ? due.minusDays(ctx.nextInt(10)) : null);
    }
}
