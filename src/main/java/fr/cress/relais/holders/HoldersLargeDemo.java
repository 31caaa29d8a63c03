package fr.cress.relais.holders;

import fr.cress.relais.common.feature.LargeDemoContext;
import fr.cress.relais.db.BulkInsert;
import fr.cress.relais.partners.ConsentBasis;
import org.jooq.DSLContext;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static fr.cress.relais.db.generated.Tables.COMMUNE;
import static fr.cress.relais.db.generated.Tables.HOLDER;
import static fr.cress.relais.db.generated.Tables.HOLDER_NEED;
import static fr.cress.relais.db.generated.Tables.REFERRAL;

/**
 * Generated project holders of a large network: 10,000 at factor 1 over ten years, in every part of the region,
 * each with one or two needs and one or two referrals to partners (older referrals have an outcome).
 */
public final class HoldersLargeDemo {

    private static final List<String> FIRST_NAMES = List.of("Lucie", "Maxime", "Sarah", "Kevin", "Julie", "Adrien",
            "Pauline", "Mehdi", "Laure", "Bastien", "Coralie", "Florian", "Morgane", "Damien", "Anaïs", "Gwenaël",
            "Aïcha", "Tristan", "Océane", "Jordan", "Estelle", "Quentin", "Héloïse", "Erwan");
    private static final List<String> LAST_NAMES = List.of("Lemoine", "Leboucher", "Poulain", "Marais", "Legros",
            "Hurel", "Férey", "Lamy", "Lebouteiller", "Madelaine", "Onfroy", "Piel", "Renouf", "Soyer", "Toutain",
            "Vasse", "Yver", "Bazin", "Couillard", "Dumont", "Eudes", "Fortin", "Goubert", "Haguet");
    private static final List<String> PROJECTS = List.of("Épicerie solidaire itinérante", "Recyclerie de quartier",
            "Restaurant d’insertion", "Crèche associative", "Atelier de réparation de vélos", "Conserverie de légumes locaux",
            "Service de transport solidaire", "Tiers-lieu rural", "Scierie coopérative", "Gîte de groupe en SCIC",
            "Aide à domicile en coopérative", "Boutique de commerce équitable", "Jardin d’insertion maraîcher",
            "Compagnie de théâtre", "Café associatif", "Reprise d’une imprimerie en SCOP");
    private static final Stage[] STAGES = Stage.values();
    private static final Sector[] SECTORS = Sector.values();
    private static final ContactChannel[] CHANNELS = ContactChannel.values();
    private static final ReferralOutcome[] OUTCOMES = ReferralOutcome.values();

    private final LargeDemoContext ctx;
    private final DSLContext dsl;

    public HoldersLargeDemo(LargeDemoContext ctx) {
        this.ctx = ctx;
        this.dsl = ctx.demo().dsl();
    }

    public void load() {
        List<String> communes = dsl.select(COMMUNE.CODE).from(COMMUNE).orderBy(COMMUNE.CODE).fetch(COMMUNE.CODE);
        List<String> needs = Need.catalogue().stream().map(Need::key).toList();
        long[] supporters = ctx.ids("supporter");
        int n = ctx.count(10_000);
        long first = BulkInsert.nextId(dsl, HOLDER);
        LocalDate today = ctx.today();
        try (BulkInsert holders = new BulkInsert(dsl, HOLDER, HOLDER.ID, HOLDER.DISPLAY_NAME, HOLDER.COLLECTIVE,
                HOLDER.FIRST_NAME, HOLDER.LAST_NAME, HOLDER.EMAIL, HOLDER.PHONE, HOLDER.CONSENT_BASIS,
                HOLDER.CONSENT_DATE, HOLDER.PROJECT_NAME, HOLDER.PROJECT_SUMMARY, HOLDER.SECTOR, HOLDER.COMMUNE_CODE,
                HOLDER.STAGE, HOLDER.FIRST_CONTACT_ON, HOLDER.FIRST_CONTACT_CHANNEL, HOLDER.ANONYMISED);
             BulkInsert holderNeeds = new BulkInsert(dsl, HOLDER_NEED, HOLDER_NEED.HOLDER_ID, HOLDER_NEED.NEED_KEY).after(holders);
             BulkInsert referrals = new BulkInsert(dsl, REFERRAL, REFERRAL.HOLDER_ID, REFERRAL.ORGANISATION_ID,
                     REFERRAL.NEED_KEY, REFERRAL.REFERRED_ON, REFERRAL.REASON, REFERRAL.OUTCOME, REFERRAL.OUTCOME_ON,
                     REFERRAL.LAST_FOLLOW_UP_ON).after(holders)) {
            for (int i = 0; i < n; i++) {
                long id = first + i;
                String firstName = ctx.pick(FIRST_NAMES);
                String lastName = ctx.pick(LAST_NAMES);
                String project = ctx.pick(PROJECTS);
                LocalDate met = today.minusDays(ctx.nextInt(3_650));
                holders.add(id, firstName + " " + lastName, false, firstName, lastName,
                        ascii(firstName + "." + lastName) + (i + 1) + "@example.org",
                        String.format(Locale.ROOT, "06 %02d %02d %02d %02d", i % 100, (i / 100) % 100, (i * 3) % 100,
                                (i * 7) % 100), ConsentBasis.CONSENT.name(), met, project, project + " (données générées).",
                        ctx.pick(SECTORS).name(), ctx.pick(communes), ctx.pick(STAGES).name(), met,
                        ctx.pick(CHANNELS).name(), false);
                String need = ctx.pick(needs);
                holderNeeds.add(id, need);
                String second = ctx.pick(needs);
                if (!second.equals(need)) {
                    holderNeeds.add(id, second);
                }
                int count = 1 + ctx.nextInt(2);
                for (int r = 0; r < count; r++) {
                    LocalDate on = met.plusDays(ctx.nextInt(20));
                    boolean old = on.isBefore(today.minusMonths(3));
                    LocalDate outcomeOn = old ? min(on.plusDays(30 + ctx.nextInt(60)), today) : null;
                    referrals.add(id, ctx.pick(supporters), r == 0 ? need : second, on, "Orientation après premier accueil.",
                            old ? ctx.pick(OUTCOMES).name() : null, outcomeOn, old ? outcomeOn : null);
                }
            }
        }
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static String ascii(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9.]+", "-");
    }
}
