package fr.cress.relais.holders;

import fr.cress.relais.partners.ConsentBasis;
import fr.cress.relais.partners.LegalForm;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static fr.cress.relais.holders.HoldersDemo.d;

/**
 * The forty-one holders of the example programme that the bilan does not name: invented people and
 * collectives welcomed from 2007 to 2009 (10, 14, then 17 a year), mostly asking about statuts and
 * financement, in communes of the three departements — some where the example offer leaves a gap: no
 * microcredit in the Manche (Carentan-les-Marais, Granville), no emergence support around Domfront en
 * Poiraie. Deterministic: the same every time.
 */
final class DemoHolders {

    /** A project idea: what it is, its field, its legal form and its needs. */
    private record Idea(String project, Sector sector, LegalForm form, String... needs) {
    }

    /** A generated holder and its referrals. */
    record Generated(Holder holder, List<HoldersDemo.Ref> referrals) {
    }

    private static final List<Idea> IDEAS = List.of(
            new Idea("Épicerie solidaire et circuits courts", Sector.ALIMENTATION, LegalForm.ASSOCIATION, "statuts", "microcredit"),
            new Idea("Reprise d’une menuiserie par ses salariés", Sector.ARTISANAT, LegalForm.SCOP, "statuts", "financement"),
            new Idea("Ressourcerie – recyclerie", Sector.ENVIRONNEMENT, LegalForm.ASSOCIATION, "financement", "accompagnement-creation"),
            new Idea("Micro-crèche associative en milieu rural", Sector.PETITE_ENFANCE, LegalForm.ASSOCIATION, "statuts", "financement"),
            new Idea("Café culturel associatif", Sector.CULTURE, LegalForm.ASSOCIATION, "statuts", "financement"),
            new Idea("Garage solidaire", Sector.MOBILITE, LegalForm.ASSOCIATION, "microcredit", "accompagnement-emergence"),
            new Idea("Services à domicile en SCIC", Sector.SERVICES_PERSONNE, LegalForm.SCIC, "statuts", "accompagnement-creation"),
            new Idea("Boutique de commerce équitable", Sector.COMMERCE_EQUITABLE, LegalForm.SCOP, "financement", "statuts"),
            new Idea("Gîte de groupe et tourisme solidaire", Sector.TOURISME, LegalForm.ASSOCIATION, "financement"),
            new Idea("SCOP d’artisans de l’éco-construction", Sector.ECO_CONSTRUCTION, LegalForm.SCOP, "statuts", "mise-en-reseau"),
            new Idea("Atelier vélo participatif", Sector.MOBILITE, LegalForm.ASSOCIATION, "microcredit", "formation"),
            new Idea("Chantier d’insertion en espaces verts", Sector.INSERTION, LegalForm.ASSOCIATION, "statuts", "financement", "accompagnement-creation"),
            new Idea("Ateliers numériques pour les seniors", Sector.FORMATION_EDUCATION, LegalForm.ASSOCIATION, "financement", "hebergement"),
            new Idea("Activité de graphisme en coopérative d’activités", Sector.MULTI_ACTIVITES, LegalForm.SCOP, "cae", "statuts"),
            new Idea("Énergie renouvelable citoyenne", Sector.ECO_CONSTRUCTION, LegalForm.SCIC, "statuts", "fonds-propres"),
            new Idea("Compagnie de théâtre en coopérative", Sector.CULTURE, LegalForm.SCOP, "statuts", "pret-honneur"),
            new Idea("AMAP et légumerie d’insertion", Sector.ALIMENTATION, LegalForm.ASSOCIATION, "financement", "mise-en-reseau"));

    /** Communes of the three departements, Domfront en Poiraie and Mortagne-au-Perche among them. */
    private static final List<String> COMMUNES = List.of("14118", "50502", "61145", "14327", "50129", "61006",
            "14047", "50147", "61293", "14258", "50218", "61169", "14366", "50025", "61001", "14762", "50615",
            "61214", "14333", "50099", "61464");

    private static final String[] FIRST = {"Marion", "Julien", "Camille", "Antoine", "Sarah", "Nicolas", "Émilie",
            "Thomas", "Aurélie", "Mathieu", "Laure", "Yann", "Pauline", "Guillaume", "Céline", "Benoît", "Chloé",
            "Romain", "Hélène", "Olivier"};
    private static final String[] LAST = {"Lebrun", "Hamon", "Lefrançois", "Jouan", "Leclerc", "Delaunay",
            "Lemaître", "Bazin", "Lecomte", "Renaud", "Pichon", "Mauger", "Lesage", "Caillot", "Duhamel", "Touzé",
            "Leroux", "Bisson", "Frémont", "Gosselin", "Lecanu", "Quesnel", "Boisnard"};
    private static final ContactChannel[] CHANNELS = {ContactChannel.ACCUEIL_CRESS, ContactChannel.SALON,
            ContactChannel.PARTENAIRE, ContactChannel.ACCUEIL_CRESS, ContactChannel.TELEPHONE_COURRIEL,
            ContactChannel.EVENEMENT, ContactChannel.SALON, ContactChannel.PARTENAIRE, ContactChannel.AUTRE};
    private static final ReferralOutcome[] OUTCOMES = {ReferralOutcome.ACCOMPAGNE, ReferralOutcome.FINANCE,
            ReferralOutcome.CREE, ReferralOutcome.ACCOMPAGNE, ReferralOutcome.ABANDONNE, ReferralOutcome.REORIENTE,
            ReferralOutcome.ACCOMPAGNE, ReferralOutcome.CREE};
    private static final String[] FUNDERS = {"BNA", "CREDIT_COOP", "CREDIT_MUTUEL"};
    private static final int COUNT = 41;

    List<Generated> holders() {
        List<Generated> result = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            result.add(generate(i));
        }
        return result;
    }

    private Generated generate(int i) {
        Idea idea = IDEAS.get(i % IDEAS.size());
        int year = i < 10 ? 2007 : i < 24 ? 2008 : 2009;
        LocalDate met = d(year, 1 + (i * 5) % 12, 1 + (i * 11) % 27);
        String commune = COMMUNES.get((i * 8) % COMMUNES.size());
        Stage stage = i % 4 == 0 ? Stage.IDEE : i % 4 == 3 ? Stage.CREATION : Stage.EMERGENCE;
        ContactChannel channel = CHANNELS[i % CHANNELS.length];
        Holder holder = i % 5 == 2
                ? collective(i, idea, commune, stage, met, channel)
                : person(FIRST[i % FIRST.length], LAST[(i * 7) % LAST.length], idea.project(), idea.sector(), commune,
                stage, idea.form(), met, channel, idea.needs());
        return new Generated(holder, referrals(i, idea, commune, met));
    }

    /** One referral for the first need (two for every third holder); every fifth holder was only informed. */
    private List<HoldersDemo.Ref> referrals(int i, Idea idea, String commune, LocalDate met) {
        if (i % 5 == 4) {
            return List.of();
        }
        List<HoldersDemo.Ref> refs = new ArrayList<>();
        int count = i % 3 == 0 ? Math.min(2, idea.needs().length) : 1;
        for (int n = 0; n < count; n++) {
            String need = idea.needs()[n];
            LocalDate on = met.plusDays(14 + (i * 3 + n * 11) % 27);
            ReferralOutcome outcome = OUTCOMES[(i + n) % OUTCOMES.length];
            refs.add(new HoldersDemo.Ref(partnerFor(need, idea, commune, i), need, on, outcome,
                    on.plusDays(45 + (i * 13) % 90)));
        }
        return refs;
    }

    /** Whom the CRESS would refer to: funders for money, URSCOP for cooperatives, local networks otherwise. */
    private static String partnerFor(String need, Idea idea, String commune, int i) {
        if (idea.sector() == Sector.INSERTION) {
            return i % 2 == 0 ? "UREI" : "COORACE";
        }
        if (idea.sector() == Sector.PETITE_ENFANCE && !need.equals("financement")) {
            return "FR";
        }
        return switch (need) {
            case "financement", "pret-honneur", "fonds-propres" -> FUNDERS[i % FUNDERS.length];
            case "microcredit" -> i % 2 == 0 ? "CREDIT_COOP" : "CREDIT_MUTUEL";
            case "statuts" -> idea.form() == LegalForm.ASSOCIATION ? "ARDES" : "URSCOP";
            case "cae" -> "URSCOP";
            case "formation" -> "AFIP";
            default -> local(commune);
        };
    }

    private static String local(String commune) {
        return switch (commune.substring(0, 2)) {
            case "50" -> "AFIP";
            case "61" -> "TERRITOIRES";
            default -> commune.equals("14762") ? "PIVERT" : "ARDES";
        };
    }

    private static Holder collective(int i, Idea idea, String commune, Stage stage, LocalDate met,
                                     ContactChannel channel) {
        String name = "Collectif « " + idea.project() + " »";
        return new Holder(null, 0, name, true, FIRST[(i * 3) % FIRST.length], LAST[(i * 3) % LAST.length], email(name), phone(i),
                ConsentBasis.CONSENT, met, idea.project(), null, idea.sector(), commune, stage, idea.form(), met,
                channel, HoldersDemo.EXAMPLE_NOTE, false, List.of(idea.needs()));
    }

    static Holder person(String first, String last, String project, Sector sector, String commune, Stage stage,
                         LegalForm form, LocalDate met, ContactChannel channel, String... needs) {
        return new Holder(null, 0, first + " " + last, false, first, last, email(first + "." + last),
                phone(first.length() * 7 + last.length()), ConsentBasis.CONSENT, met, project, null, sector, commune,
                stage, form, met, channel, HoldersDemo.EXAMPLE_NOTE, false, List.of(needs));
    }

    static String email(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z.]+", "-").replaceAll("(^-+|-+$)", "");
        return ascii + "@exemple.example.org";
    }

    private static String phone(int seed) {
        return String.format("06 %02d %02d %02d %02d", 10 + seed % 89, (seed * 7) % 100, (seed * 13) % 100,
                (seed * 31) % 100);
    }
}
