package fr.cress.relais.partners;

import fr.cress.relais.common.feature.DemoContext;
import org.jooq.DSLContext;

import java.time.LocalDate;
import java.util.List;

import static fr.cress.relais.db.generated.Tables.CONTACT;
import static fr.cress.relais.db.generated.Tables.MEMBERSHIP;
import static fr.cress.relais.db.generated.Tables.MEMBERSHIP_REPRESENTATIVE;
import static fr.cress.relais.db.generated.Tables.ORGANISATION;
import static fr.cress.relais.db.generated.Tables.ORGANISATION_CONTACT;
import static fr.cress.relais.db.generated.Tables.WORK_GROUP;

/**
 * The CRESS, the members of the group « Entreprendre autrement en Basse-Normandie » named in the bilan
 * 2007-2009, and the other organisations the report mentions. Addresses and people are invented
 * (example data); names of organisations come from the report.
 * Remembers ids as {@code org:<ACRONYM>}, {@code contact:<ACRONYM>} (its first representative),
 * {@code group:EA} (the group) and {@code group:<sub-group key>}.
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
                    "24 rue de la Paix", "75002", "Paris", null, "CAE", "Agnès", "Morin", "Chargée de développement"));

    /** Members of the group, with the year they joined (AVISE only for the partnership 2008-2009). */
    private static final List<String> GROUP_MEMBERS = List.of("PIVERT", "AFIP", "URSCOP", "CREDIT_COOP",
            "CREDIT_MUTUEL", "ARDES", "TERRITOIRES", "COORACE", "MACIF", "BNA", "UREI", "FR");

    private final DemoContext demo;
    private final DSLContext dsl;

    PartnersDemo(DemoContext demo) {
        this.demo = demo;
        this.dsl = demo.dsl();
    }

    void load() {
        for (Org org : ORGS) {
            long orgId = dsl.insertInto(ORGANISATION)
                    .set(ORGANISATION.NAME, org.name())
                    .set(ORGANISATION.ACRONYM, displayAcronym(org.acronym()))
                    .set(ORGANISATION.KIND, org.kind().name())
                    .set(ORGANISATION.LEGAL_FORM, org.form().name())
                    .set(ORGANISATION.ADDRESS, org.address())
                    .set(ORGANISATION.POSTAL_CODE, org.postalCode())
                    .set(ORGANISATION.TOWN, org.town())
                    .set(ORGANISATION.COMMUNE_CODE, org.commune())
                    .set(ORGANISATION.TAGS, org.tags())
                    .set(ORGANISATION.EMAIL, "contact@" + org.acronym().toLowerCase().replace('_', '-') + ".example.org")
                    .set(ORGANISATION.WEBSITE, "https://www." + org.acronym().toLowerCase().replace('_', '-') + ".example.org")
                    .set(ORGANISATION.NOTES, "Coordonnées d’exemple.")
                    .returning(ORGANISATION.ID)
                    .fetchOne(ORGANISATION.ID);
            demo.remember("org", org.acronym(), orgId);
            long contactId = dsl.insertInto(CONTACT)
                    .set(CONTACT.FIRST_NAME, org.firstName())
                    .set(CONTACT.LAST_NAME, org.lastName())
                    .set(CONTACT.JOB_TITLE, org.jobTitle())
                    .set(CONTACT.EMAIL, emailOf(org.firstName(), org.lastName(), org.acronym()))
                    .set(CONTACT.PHONE, "02 31 00 " + String.format("%02d %02d", (orgId * 7) % 100, (orgId * 13) % 100))
                    .set(CONTACT.CONSENT_BASIS, ConsentBasis.LEGITIMATE_INTEREST.name())
                    .set(CONTACT.CONSENT_DATE, LocalDate.of(2007, 3, 15))
                    .returning(CONTACT.ID)
                    .fetchOne(CONTACT.ID);
            dsl.insertInto(ORGANISATION_CONTACT)
                    .set(ORGANISATION_CONTACT.ORGANISATION_ID, orgId)
                    .set(ORGANISATION_CONTACT.CONTACT_ID, contactId)
                    .set(ORGANISATION_CONTACT.JOB_TITLE, org.jobTitle())
                    .execute();
            demo.remember("contact", org.acronym(), contactId);
        }

        long group = group("EA", "Entreprendre autrement en Basse-Normandie",
                "Groupe projet animé par la CRESS depuis 2007 : accompagnateurs et financeurs de la création "
                        + "d’entreprises d’ESS. Se réunit en moyenne trois fois par an.", null);
        member(group, "CRESS", MemberRole.PILOT, LocalDate.of(2007, 3, 1), null);
        for (String acronym : GROUP_MEMBERS) {
            member(group, acronym, MemberRole.MEMBER, LocalDate.of(2007, 3, 1), null);
        }
        member(group, "AVISE", MemberRole.ASSOCIATE, LocalDate.of(2008, 1, 1), LocalDate.of(2009, 12, 31));

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
        long id = dsl.insertInto(WORK_GROUP)
                .set(WORK_GROUP.NAME, name)
                .set(WORK_GROUP.DESCRIPTION, description)
                .set(WORK_GROUP.PARENT_ID, parent)
                .returning(WORK_GROUP.ID)
                .fetchOne(WORK_GROUP.ID);
        demo.remember("group", key, id);
        return id;
    }

    private void member(long group, String acronym, MemberRole role, LocalDate joined, LocalDate left) {
        long membership = dsl.insertInto(MEMBERSHIP)
                .set(MEMBERSHIP.GROUP_ID, group)
                .set(MEMBERSHIP.ORGANISATION_ID, demo.id("org", acronym))
                .set(MEMBERSHIP.MEMBER_ROLE, role.name())
                .set(MEMBERSHIP.JOINED_ON, joined)
                .set(MEMBERSHIP.LEFT_ON, left)
                .returning(MEMBERSHIP.ID)
                .fetchOne(MEMBERSHIP.ID);
        dsl.insertInto(MEMBERSHIP_REPRESENTATIVE)
                .set(MEMBERSHIP_REPRESENTATIVE.MEMBERSHIP_ID, membership)
                .set(MEMBERSHIP_REPRESENTATIVE.CONTACT_ID, demo.id("contact", acronym))
                .execute();
    }

    private static String displayAcronym(String key) {
        return switch (key) {
            case "TERRITOIRES" -> "Territoires etc.";
            case "FR" -> "Familles Rurales";
            case "CREDIT_COOP" -> "Crédit Coopératif";
            case "CREDIT_MUTUEL" -> "Crédit Mutuel";
            case "MACIF" -> "Fondation MACIF";
            case "LIGUE50" -> "Ligue 50";
            default -> key;
        };
    }

    private static String emailOf(String first, String last, String acronym) {
        String local = (first + "." + last).toLowerCase()
                .replaceAll("[éèêë]", "e").replace("œ", "oe").replaceAll("[^a-z.]", "");
        return local + "@" + acronym.toLowerCase().replace('_', '-') + ".example.org";
    }
}
