package fr.cress.relais.partners;

import fr.cress.relais.common.feature.DemoContext;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The CRESS, the members of the group « Entreprendre autrement en Basse-Normandie » named in the bilan
 * 2007-2009, and the other organisations the report mentions. Addresses and people are invented
 * (example data); names of organisations come from the report.
 * Remembers ids as {@code org:<ACRONYM>}, {@code contact:<ACRONYM>} (its first representative),
 * {@code group:EA} (the group) and {@code group:<sub-group key>}.
 * A few organisations have a second contact; the CAE de l’Orne, named in the report, is shown as a former
 * member who left the group in 2009 (an invented membership) so that the group's history and the RGPD review
 * of inactive contacts have something to show.
 */
final class PartnersDemo {

    private record Org(String acronym, String name, OrganisationKind kind, LegalForm form, String address,
                       String postalCode, String town, String commune, String tags,
                       String firstName, String lastName, String jobTitle) {
    }

    private static final List<Org> ORGS = List.of(
            new Org("CRESS", "Chambre régionale de l’économie sociale et solidaire de Basse-Normandie",
                    OrganisationKind.INSTITUTION, LegalForm.ASSOCIATION, "12 rue Alfred Kastler", "14000", "Caen",
                    "14118", "ESS;animation", "Claire", "Lemonnier", "Chargée de mission création d’activité"),
            new Org("URSCOP", "Union régionale des SCOP de l’Ouest (délégation Basse-Normandie)",
                    OrganisationKind.SUPPORT_NETWORK, LegalForm.ASSOCIATION, "4 avenue de Tsukuba", "14200",
                    "Hérouville-Saint-Clair", "14327", "coopératives;SCOP;SCIC", "Thomas", "Guérin", "Délégué régional"),
            new Org("ARDES", "Association régionale pour le développement de l’économie solidaire",
                    OrganisationKind.SUPPORT_NETWORK, LegalForm.ASSOCIATION, "18 rue de la Délivrande", "14000",
                    "Caen", "14118", "économie solidaire;accompagnement", "Sophie", "Marie", "Directrice"),
            new Org("AFIP", "Association de formation et d’information pour le développement d’initiatives rurales",
                    OrganisationKind.SUPPORT_NETWORK, LegalForm.ASSOCIATION, "9 rue des Tanneurs", "50000",
                    "Saint-Lô", "50502", "rural;émergence", "Julien", "Hébert", "Animateur"),
            new Org("TERRITOIRES", "Territoires etc.", OrganisationKind.SUPPORT_NETWORK, LegalForm.ASSOCIATION,
                    "3 place du Palais", "61000", "Alençon", "61001", "émergence;territoires", "Élodie", "Lecœur",
                    "Coordinatrice"),
            new Org("PIVERT", "PIVERT", OrganisationKind.SUPPORT_NETWORK, LegalForm.ASSOCIATION,
                    "21 rue du Calvados", "14500", "Vire Normandie", "14762", "accompagnement;rural", "Nicolas",
                    "Duval", "Chargé d’accompagnement"),
            new Org("UREI", "Union régionale des entreprises d’insertion", OrganisationKind.SUPPORT_NETWORK,
                    LegalForm.ASSOCIATION, "7 rue Neuve-Bourg-l’Abbé", "14000", "Caen", "14118", "insertion",
                    "Karim", "Benali", "Délégué régional"),
            new Org("COORACE", "COORACE Basse-Normandie", OrganisationKind.SUPPORT_NETWORK, LegalForm.ASSOCIATION,
                    "5 rue Saint-Martin", "61100", "Flers", "61169", "insertion;emploi", "Anne", "Lefèvre",
                    "Chargée de développement"),
            new Org("FR", "Fédération régionale Familles Rurales de Basse-Normandie", OrganisationKind.SUPPORT_NETWORK,
                    LegalForm.ASSOCIATION, "14 rue de la Chaussée", "61200", "Argentan", "61006",
                    "rural;petite enfance", "Martine", "Vautier", "Déléguée régionale"),
            new Org("CREDIT_COOP", "Crédit Coopératif – agence de Caen", OrganisationKind.FUNDER,
                    LegalForm.COOPERATIVE_BANK, "2 place de la République", "14000", "Caen", "14118",
                    "banque;prêt", "Philippe", "Ozenne", "Chargé d’affaires économie sociale"),
            new Org("CREDIT_MUTUEL", "Crédit Mutuel de Normandie", OrganisationKind.FUNDER,
                    LegalForm.COOPERATIVE_BANK, "17 rue du 11 Novembre", "14000", "Caen", "14118",
                    "banque;prêt", "Isabelle", "Langlois", "Responsable économie sociale"),
            new Org("BNA", "Basse-Normandie Active", OrganisationKind.FUNDER, LegalForm.ASSOCIATION,
                    "10 rue Jean Romain", "14000", "Caen", "14118", "garantie;fonds propres;France Active",
                    "Vincent", "Leroy", "Directeur"),
            new Org("MACIF", "Fondation MACIF", OrganisationKind.FUNDER, LegalForm.FOUNDATION,
                    "1 rue Jacques Vandier", "79000", "Niort", null, "subvention;innovation sociale",
                    "Hélène", "Bréard", "Déléguée régionale Normandie"),
            new Org("AVISE", "Agence de valorisation des initiatives socio-économiques", OrganisationKind.INSTITUTION,
                    LegalForm.ASSOCIATION, "167 rue du Chevaleret", "75013", "Paris", null,
                    "national;ressources", "Camille", "Perrin", "Chargée de mission entrepreneuriat social"),
            new Org("UNICAEN", "Université de Caen Basse-Normandie", OrganisationKind.UNIVERSITY,
                    LegalForm.PUBLIC_BODY, "Esplanade de la Paix", "14032", "Caen", "14118",
                    "formation;recherche", "François", "Letellier", "Responsable du Master 1 GSES"),
            new Org("REGION", "Conseil régional de Basse-Normandie", OrganisationKind.LOCAL_AUTHORITY,
                    LegalForm.LOCAL_AUTHORITY, "Abbaye aux Dames, place Reine Mathilde", "14035", "Caen", "14118",
                    "financeur public;ESS", "Laurence", "Gosselin", "Chargée de mission ESS"),
            new Org("LIGUE50", "La Ligue de l’enseignement – fédération de la Manche", OrganisationKind.SUPPORT_NETWORK,
                    LegalForm.ASSOCIATION, "8 rue du Docteur Lerois", "50000", "Saint-Lô", "50502",
                    "éducation populaire;formation", "Pascal", "Hamel", "Délégué"),
            new Org("MEFAC", "Maison de l’emploi et de la formation de l’agglomération caennaise",
                    OrganisationKind.INSTITUTION, LegalForm.ASSOCIATION, "8 rue Basse", "14000", "Caen", "14118",
                    "emploi;création", "Nathalie", "Cordier", "Chargée de projet création d’entreprise"),
            new Org("LMDE", "La Mutuelle des étudiants", OrganisationKind.SSE_ENTERPRISE, LegalForm.MUTUAL,
                    "Campus 1", "14000", "Caen", "14118", "étudiants", "Romain", "Fleury", "Délégué régional"),
            new Org("CPE", "Coopérer pour Entreprendre", OrganisationKind.SUPPORT_NETWORK, LegalForm.SCIC,
                    "24 rue de la Paix", "75002", "Paris", null, "CAE", "Agnès", "Morin", "Chargée de développement"),
            new Org("CAE61", "CAE de l’Orne", OrganisationKind.SSE_ENTERPRISE, LegalForm.SCOP,
                    "2 rue du Collège", "61000", "Alençon", "61001", "CAE;entrepreneurs-salariés", "Olivier",
                    "Besnard", "Gérant"));

    /** A second person for a few organisations: {first name, last name, job title}. */
    private static final Map<String, List<String>> SECOND_CONTACTS = Map.of(
            "CRESS", List.of("Mathieu", "Jouenne", "Directeur"),
            "URSCOP", List.of("Aurélie", "Desmonts", "Chargée d’accompagnement SCIC"),
            "ARDES", List.of("Benoît", "Quesnel", "Chargé de mission microcrédit"),
            "BNA", List.of("Céline", "Roussel", "Chargée d’investissement"));

    /** Members of the group, with the year they joined (AVISE only for the partnership 2008-2009). */
    private static final List<String> GROUP_MEMBERS = List.of("PIVERT", "AFIP", "URSCOP", "CREDIT_COOP",
            "CREDIT_MUTUEL", "ARDES", "TERRITOIRES", "COORACE", "MACIF", "BNA", "UREI", "FR");

    private final DemoContext demo;
    private final PartnerRepository organisations;
    private final ContactRepository contacts;
    private final GroupRepository groups;
    /** Changes made « in 2009 », for the former member and its contact. */
    private final ContactRepository contacts2009;
    private final GroupRepository groups2009;
    private int people;

    PartnersDemo(DemoContext demo) {
        this.demo = demo;
        this.organisations = new PartnerRepository(demo.dsl(), demo.clock());
        this.contacts = new ContactRepository(demo.dsl(), demo.clock());
        this.groups = new GroupRepository(demo.dsl(), demo.clock());
        Clock in2009 = Clock.fixed(LocalDate.of(2009, 7, 1).atStartOfDay(ZoneId.of("Europe/Paris")).toInstant(),
                ZoneId.of("Europe/Paris"));
        this.contacts2009 = new ContactRepository(demo.dsl(), in2009);
        this.groups2009 = new GroupRepository(demo.dsl(), in2009);
    }

    void load() {
        for (Org org : ORGS) {
            String domain = org.acronym().toLowerCase().replace('_', '-') + ".example.org";
            Organisation saved = organisations.insert(new Organisation(null, org.name(), displayAcronym(org.acronym()),
                    org.kind(), org.form(), org.address(), org.postalCode(), org.town(), org.commune(),
                    "https://www." + domain, "contact@" + domain, null, Tags.parse(org.tags()),
                    "Coordonnées d’exemple.", 0, null));
            long orgId = saved.id();
            demo.remember("org", org.acronym(), orgId);
            ContactRepository repository = "CAE61".equals(org.acronym()) ? contacts2009 : contacts;
            long contactId = addContact(repository, orgId, org.acronym(), org.firstName(), org.lastName(), org.jobTitle());
            demo.remember("contact", org.acronym(), contactId);
            List<String> second = SECOND_CONTACTS.get(org.acronym());
            if (second != null) {
                addContact(contacts, orgId, org.acronym(), second.get(0), second.get(1), second.get(2));
            }
        }
        loadGroups();
    }

    private long addContact(ContactRepository repository, long orgId, String acronym, String first, String last,
                            String jobTitle) {
        long n = ++people;
        return repository.insert(new Contact(null, first, last, jobTitle, emailOf(first, last, acronym),
                String.format("02 31 %02d %02d %02d", 10 + orgId % 80, (n * 7) % 100, (n * 13) % 100), null,
                ConsentBasis.LEGITIMATE_INTEREST, LocalDate.of(2007, 3, 15), false, List.of(orgId), 0, null)).id();
    }

    private void loadGroups() {
        long group = group("EA", "Entreprendre autrement en Basse-Normandie",
                "Groupe projet animé par la CRESS depuis 2007 : accompagnateurs et financeurs de la création "
                        + "d’entreprises d’ESS. Se réunit en moyenne trois fois par an.", null);
        member(group, "CRESS", MemberRole.PILOT, LocalDate.of(2007, 3, 1), null);
        for (String acronym : GROUP_MEMBERS) {
            member(group, acronym, MemberRole.MEMBER, LocalDate.of(2007, 3, 1), null);
        }
        member(group, "AVISE", MemberRole.ASSOCIATE, LocalDate.of(2008, 1, 1), LocalDate.of(2009, 12, 31));
        member(group, "CAE61", MemberRole.MEMBER, LocalDate.of(2008, 2, 1), LocalDate.of(2009, 6, 30));

        long brochure = group("BROCHURE", "Groupe de travail « Brochure Entreprendre autrement »",
                "Trois rencontres en 2007-2008 pour réaliser la brochure.", group);
        for (String acronym : List.of("ARDES", "URSCOP", "AFIP", "TERRITOIRES", "CREDIT_COOP", "AVISE")) {
            member(brochure, acronym, MemberRole.MEMBER, LocalDate.of(2007, 4, 1), LocalDate.of(2008, 5, 31));
        }
        member(brochure, "CRESS", MemberRole.PILOT, LocalDate.of(2007, 4, 1), LocalDate.of(2008, 5, 31));

        long fair = group("SALON", "Groupe de travail « Salon Planète Créa »",
                "Stand et atelier « Entreprendre autrement » au salon régional de la création d’entreprise.", group);
        for (String acronym : List.of("URSCOP", "ARDES", "BNA", "CREDIT_COOP", "PIVERT")) {
            member(fair, acronym, MemberRole.MEMBER, LocalDate.of(2007, 6, 1), null);
        }
        member(fair, "CRESS", MemberRole.PILOT, LocalDate.of(2007, 6, 1), null);

        long module = group("MODULE", "Groupe de travail « Module développement local »",
                "Module de 52 h du Master 1 GSES (IUP Management du social et de la santé).", group);
        for (String acronym : List.of("ARDES", "AFIP", "LIGUE50", "UNICAEN")) {
            member(module, acronym, MemberRole.MEMBER, LocalDate.of(2007, 9, 1), null);
        }
        member(module, "CRESS", MemberRole.PILOT, LocalDate.of(2007, 9, 1), null);

        long conference = group("CONFERENCE", "Groupe de travail « Conférence à l’université »",
                "Conférence-débat « Envie d’entreprendre autrement » sur le campus, avec la LMDE.", group);
        for (String acronym : List.of("LMDE", "UNICAEN", "URSCOP")) {
            member(conference, acronym, MemberRole.MEMBER, LocalDate.of(2008, 1, 15), null);
        }
        member(conference, "CRESS", MemberRole.PILOT, LocalDate.of(2008, 1, 15), null);
    }

    private long group(String key, String name, String description, Long parent) {
        long id = groups.insertGroup(new WorkGroup(null, name, description, parent, 0)).id();
        demo.remember("group", key, id);
        return id;
    }

    private void member(long group, String acronym, MemberRole role, LocalDate joined, LocalDate left) {
        GroupRepository repository = "CAE61".equals(acronym) ? groups2009 : groups;
        repository.insertMembership(new Membership(null, group, demo.id("org", acronym), role, joined, left, null,
                List.of(demo.id("contact", acronym)), 0));
    }

    private static String displayAcronym(String key) {
        return switch (key) {
            case "TERRITOIRES" -> "Territoires etc.";
            case "FR" -> "Familles Rurales";
            case "CREDIT_COOP" -> "Crédit Coopératif";
            case "CREDIT_MUTUEL" -> "Crédit Mutuel";
            case "MACIF" -> "Fondation MACIF";
            case "LIGUE50" -> "Ligue 50";
            case "CAE61" -> "CAE 61";
            default -> key;
        };
    }

    private static String emailOf(String first, String last, String acronym) {
        String local = Texts.fold(first + "." + last).replaceAll("[^a-z.]", "");
        return local + "@" + acronym.toLowerCase().replace('_', '-') + ".example.org";
    }
}
