package fr.cress.relais.partners;

import fr.cress.relais.common.feature.LargeDemoContext;
import fr.cress.relais.db.BulkInsert;
import org.jooq.DSLContext;
import org.jooq.Record3;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static fr.cress.relais.db.generated.Tables.COMMUNE;
import static fr.cress.relais.db.generated.Tables.CONTACT;
import static fr.cress.relais.db.generated.Tables.ORGANISATION;
import static fr.cress.relais.db.generated.Tables.ORGANISATION_CONTACT;

/**
 * Generated organisations and contacts of a large network: 5,000 organisations and 50,000 contacts at factor 1,
 * spread over the communes of the region, named from the vocabulary of the example programme.
 * Shares their ids as {@code organisation} (support networks and funders first: {@code supporter}) and
 * {@code contact}; {@code contact-org} gives, for each contact, its organisation.
 */
public final class PartnersLargeDemo {

    static final List<String> FIRST_NAMES = List.of("Claire", "Thomas", "Sophie", "Julien", "Élodie", "Nicolas",
            "Karim", "Anne", "Martine", "Philippe", "Isabelle", "Vincent", "Hélène", "Camille", "François",
            "Laurence", "Pascal", "Nathalie", "Romain", "Agnès", "Olivier", "Mathieu", "Aurélie", "Benoît",
            "Céline", "Jérôme", "Sandrine", "Guillaume", "Émilie", "Sébastien", "Valérie", "Stéphane", "Gaëlle",
            "Yannick", "Marion", "Loïc", "Chloé", "Antoine", "Léa", "Hugo", "Manon", "Théo", "Inès", "Amandine",
            "Fabrice", "Delphine", "Arnaud", "Séverine", "Cédric", "Nadia", "Rachid", "Fatou", "Marc", "Josiane");
    static final List<String> LAST_NAMES = List.of("Lemonnier", "Guérin", "Marie", "Hébert", "Lecœur", "Duval",
            "Benali", "Lefèvre", "Vautier", "Ozenne", "Langlois", "Leroy", "Bréard", "Perrin", "Letellier",
            "Gosselin", "Hamel", "Cordier", "Fleury", "Morin", "Besnard", "Jouenne", "Desmonts", "Quesnel",
            "Roussel", "Lebrun", "Lecomte", "Lemaître", "Leclerc", "Lebas", "Osmont", "Lepetit", "Jeanne",
            "Legrand", "Lemercier", "Laurent", "Hue", "Catherine", "Lesage", "Pichon", "Daniel", "Anne",
            "Robine", "Dufour", "Mauger", "Levallois", "Tessier", "Brière", "Hardy", "Guillot", "Savary",
            "Bouvet", "Lecarpentier", "Enault", "Fouque", "Diallo", "Nguyen", "Martin", "Bernard", "Petit");
    private static final List<String> JOB_TITLES = List.of("Directrice", "Directeur", "Chargée de mission",
            "Chargé d’accompagnement", "Présidente", "Président", "Trésorier", "Secrétaire", "Gérante", "Gérant",
            "Coordinatrice", "Animateur", "Chargée de développement", "Conseiller en création d’entreprise",
            "Responsable administrative et financière", "Chargée d’investissement", "Bénévole",
            "Responsable de l’insertion", "Encadrant technique", "Chargée de communication");
    private static final List<String> ORG_PATTERNS = List.of("Association %s de %s", "SCOP %s", "SCIC %s de %s",
            "Coopérative d’activité et d’emploi %s", "Régie de quartier de %s", "Épicerie solidaire de %s",
            "Ressourcerie %s de %s", "Crèche parentale %s", "Chantier d’insertion %s de %s",
            "Association intermédiaire de %s", "Mutuelle %s", "Comité de bassin d’emploi de %s",
            "Couveuse d’entreprises %s", "Fondation %s", "Club d’investisseurs CIGALES %s",
            "Boutique de gestion de %s", "Plateforme d’initiative locale %s", "Entreprise d’insertion %s",
            "Maison de l’économie solidaire de %s", "Jardin de cocagne de %s");
    private static final List<String> QUALIFIERS = List.of("Solidarités", "Les Ateliers du Bocage", "Entreprendre",
            "Terre et Mer", "Le Lien", "Coudées", "Horizons", "L’Étape", "Bois et Bocage", "Les Jardins d’Ouche",
            "Énergies citoyennes", "Le Pressoir", "La Navette", "Tiers-lieu", "Le Relais", "Initiatives",
            "Cap Emploi", "Les Mains vertes", "Marée haute", "Bel Air", "Pommiers", "La Fabrique", "Vent d’Ouest");
    private static final List<String> TAGS = List.of("insertion", "économie solidaire", "coopératives",
            "rural", "emploi", "environnement", "petite enfance", "circuits courts", "culture", "mobilité",
            "finance solidaire", "accompagnement", "formation", "tourisme", "services à la personne");
    private static final List<String> STREETS = List.of("rue de la République", "rue Saint-Pierre",
            "place du Marché", "avenue de Verdun", "rue du Général-de-Gaulle", "rue des Écoles", "rue Victor-Hugo",
            "chemin des Prés", "rue de l’Église", "boulevard Leroy", "rue Guillaume-le-Conquérant", "rue Écuyère");
    private static final OrganisationKind[] SUPPORTER_KINDS = {OrganisationKind.SUPPORT_NETWORK,
            OrganisationKind.FUNDER, OrganisationKind.INSTITUTION, OrganisationKind.LOCAL_AUTHORITY};

    private final LargeDemoContext ctx;
    private final DSLContext dsl;
    private final List<Record3<String, String, String>> communes;

    public PartnersLargeDemo(LargeDemoContext ctx) {
        this.ctx = ctx;
        this.dsl = ctx.demo().dsl();
        this.communes = dsl.select(COMMUNE.CODE, COMMUNE.NAME, COMMUNE.DEPARTEMENT_CODE).from(COMMUNE)
                .orderBy(COMMUNE.CODE).fetch();
    }

    public void load() {
        long[] orgs = organisations(ctx.count(5_000));
        ctx.share("organisation", orgs);
        ctx.share("supporter", java.util.Arrays.copyOf(orgs, Math.max(1, orgs.length / 5)));
        contacts(ctx.count(50_000), orgs);
    }

    private long[] organisations(int n) {
        long first = BulkInsert.nextId(dsl, ORGANISATION);
        long[] ids = new long[n];
        try (BulkInsert rows = new BulkInsert(dsl, ORGANISATION, ORGANISATION.ID, ORGANISATION.NAME,
                ORGANISATION.ACRONYM, ORGANISATION.KIND, ORGANISATION.LEGAL_FORM, ORGANISATION.ADDRESS,
                ORGANISATION.POSTAL_CODE, ORGANISATION.TOWN, ORGANISATION.COMMUNE_CODE, ORGANISATION.WEBSITE,
                ORGANISATION.EMAIL, ORGANISATION.PHONE, ORGANISATION.TAGS, ORGANISATION.NOTES)) {
            for (int i = 0; i < n; i++) {
                ids[i] = first + i;
                Record3<String, String, String> commune = communes.get(ctx.nextInt(communes.size()));
                boolean supporter = i < n / 5;
                OrganisationKind kind = supporter ? ctx.pick(SUPPORTER_KINDS)
                        : ctx.chance(0.9) ? OrganisationKind.SSE_ENTERPRISE : OrganisationKind.OTHER;
                String name = String.format(ctx.pick(ORG_PATTERNS), ctx.pick(QUALIFIERS), commune.value2());
                String domain = slug(name) + "-" + (i + 1) + ".example.org";
                rows.add(ids[i], name, null, kind.name(), legalForm(name).name(),
                        (1 + ctx.nextInt(80)) + " " + ctx.pick(STREETS), postalCode(commune.value3()),
                        commune.value2(), commune.value1(), "https://www." + domain, "contact@" + domain,
                        phone(commune.value3(), i), ctx.pick(TAGS) + ";" + ctx.pick(TAGS), null);
            }
        }
        return ids;
    }

    private void contacts(int n, long[] orgs) {
        long first = BulkInsert.nextId(dsl, CONTACT);
        long[] ids = new long[n];
        long[] orgOf = new long[n];
        LocalDate today = ctx.today();
        try (BulkInsert contacts = new BulkInsert(dsl, CONTACT, CONTACT.ID, CONTACT.FIRST_NAME, CONTACT.LAST_NAME,
                CONTACT.JOB_TITLE, CONTACT.EMAIL, CONTACT.PHONE, CONTACT.CONSENT_BASIS, CONTACT.CONSENT_DATE,
                CONTACT.ANONYMISED);
             BulkInsert links = new BulkInsert(dsl, ORGANISATION_CONTACT, ORGANISATION_CONTACT.ORGANISATION_ID,
                     ORGANISATION_CONTACT.CONTACT_ID).after(contacts)) {
            for (int i = 0; i < n; i++) {
                ids[i] = first + i;
                orgOf[i] = orgs[i % orgs.length];
                String firstName = ctx.pick(FIRST_NAMES);
                String lastName = ctx.pick(LAST_NAMES);
                contacts.add(ids[i], firstName, lastName, ctx.pick(JOB_TITLES),
                        slug(firstName) + "." + slug(lastName) + (i + 1) + "@example.org", phone("14", i),
                        ConsentBasis.LEGITIMATE_INTEREST.name(), today.minusDays(ctx.nextInt(3_650)), false);
                links.add(orgOf[i], ids[i]);
                if (i % 25 == 0) {
                    long second = ctx.pick(orgs);
                    if (second != orgOf[i]) {
                        links.add(second, ids[i]);
                    }
                }
            }
        }
        ctx.share("contact", ids);
        ctx.share("contact-org", orgOf);
    }

    private static LegalForm legalForm(String name) {
        if (name.startsWith("SCOP") || name.startsWith("Coopérative")) {
            return LegalForm.SCOP;
        }
        if (name.startsWith("SCIC")) {
            return LegalForm.SCIC;
        }
        if (name.startsWith("Mutuelle")) {
            return LegalForm.MUTUAL;
        }
        if (name.startsWith("Fondation")) {
            return LegalForm.FOUNDATION;
        }
        return name.startsWith("Entreprise") ? LegalForm.COMPANY : LegalForm.ASSOCIATION;
    }

    private static String postalCode(String departement) {
        return departement + "000";
    }

    private static String phone(String departement, int i) {
        String prefix = switch (departement) {
            case "50" -> "02 33";
            case "61" -> "02 33";
            default -> "02 31";
        };
        return String.format(Locale.ROOT, "%s %02d %02d %02d", prefix, 10 + i % 90, (i / 90) % 100, (i * 7) % 100);
    }

    /** Lower-case ASCII form of a name, for invented e-mail addresses and web sites. */
    static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace("œ", "oe").toLowerCase(Locale.ROOT);
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.length() > 40 ? slug.substring(0, 40) : slug;
    }
}
