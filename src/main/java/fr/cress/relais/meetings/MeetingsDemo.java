package fr.cress.relais.meetings;

import fr.cress.relais.common.feature.DemoContext;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.text.Formats;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.Map;

import static fr.cress.relais.meetings.Attendance.ABSENT;
import static fr.cress.relais.meetings.Attendance.EXCUSED;
import static fr.cress.relais.meetings.MeetingStatus.HELD;

/**
 * The meetings of the programme 2007-2009 drawn from its bilan: three meetings a year of the group
 * « Entreprendre autrement », the three meetings of the brochure working group, the preparation of the fair
 * stand, the launch (10 October 2007) and the restitution (12 February 2008) of the feasibility study of the
 * observatory, and the next meeting of the group, three weeks from today. Dates of the group's meetings
 * and the people are invented; the subjects, decisions and action items follow the report. Action items
 * roll from meeting to meeting; some were still open at the end of 2009.
 */
final class MeetingsDemo {

    private static final String CRESS = "CRESS, 12 rue Alfred Kastler, Caen";
    private static final String REGION = "Conseil régional, Abbaye aux Dames, Caen";
    private static final LocalTime T14 = LocalTime.of(14, 0);
    private static final LocalTime T17 = LocalTime.of(17, 0);

    private final DemoContext demo;
    private final I18n i18n;
    private final Map<String, ActionItem> items = new HashMap<>();

    MeetingsDemo(DemoContext demo, I18n i18n) {
        this.demo = demo;
        this.i18n = i18n;
    }

    void load() {
        if (!demo.has("group", "EA")) {
            return;
        }
        year2007();
        observatory();
        year2008();
        year2009();
        next();
    }

    private DemoMeetingBuilder group(String groupKey, String title, String day, LocalTime start, LocalTime end,
                                     String place, String... actions) {
        return new DemoMeetingBuilder(demo, items, DemoMeetingBuilder.draft(demo, groupKey, title,
                LocalDate.parse(day), start, end, place, HELD, actions), i18n.t("meetings.agenda.followUp"), true);
    }

    private DemoMeetingBuilder ea(String title, String day, String... actions) {
        return group("EA", title, day, T14, T17, CRESS, actions);
    }

    private DemoMeetingBuilder brochure(String title, String day) {
        return group("BROCHURE", title, day, LocalTime.of(9, 30), LocalTime.of(12, 0), CRESS, "BROCHURE");
    }

    private void year2007() {
        ea("Lancement du groupe projet « Entreprendre autrement »", "2007-03-15", "BROCHURE")
                .followUp("Première réunion du groupe : aucune action en cours.")
                .point("Tour de table : l’offre d’accompagnement et de financement de chaque réseau", null, 60,
                        "Chaque réseau présente ses accompagnements et ses financements de la création d’entreprises "
                                + "d’ESS. Les actions sont encore trop peu connues des autres acteurs.")
                .point("Présentation du programme pluriannuel 2007-2009", "CRESS", 30,
                        "La CRESS présente les trois axes : promouvoir et sensibiliser, mobiliser les acteurs de "
                                + "l’accompagnement et du financement, positionner la CRESS comme ressource.")
                .point("« Entreprendre autrement » : une définition commune", "CRESS", 30,
                        "Le terme « Entreprendre autrement » apparaît comme un bon vecteur de communication auprès du "
                                + "grand public et des acteurs du développement économique.")
                .decision("Le groupe retient le terme « Entreprendre autrement » pour communiquer sur l’entrepreneuriat "
                        + "dans le champ de l’ESS.")
                .point("Projet de brochure « Entreprendre autrement en Basse-Normandie »", "CRESS", 30,
                        "Une brochure présentera des initiatives représentatives de la pluralité de l’ESS.")
                .decision("Un groupe de travail réalise la brochure : ARDES, URSCOP, AFIP, Territoires etc., "
                        + "Crédit Coopératif, avec l’appui de l’AVISE.")
                .item("I1", "Proposer une liste d’initiatives à présenter dans la brochure", "ARDES", "2007-04-30")
                .item("I2", "Recenser les salons de la création d’entreprise en Basse-Normandie", "CRESS", "2007-05-31")
                .attendance("COORACE", EXCUSED).attendance("MACIF", EXCUSED);

        brochure("Groupe de travail brochure : première rencontre", "2007-05-10")
                .followUp("La liste d’initiatives proposée par l’ARDES sert de base au choix.")
                .closes("I1")
                .point("Public visé et contenu de la brochure", "CRESS", 45,
                        "La brochure s’adresse aux porteurs de projet et aux réseaux de la création d’entreprise, "
                                + "mais aussi aux élus et techniciens des collectivités locales.")
                .decision("La brochure vise les porteurs de projet, les réseaux de la création, les élus et les "
                        + "techniciens des collectivités.")
                .point("Choix des initiatives présentées", "ARDES", 60,
                        "Neuf initiatives sont retenues pour montrer la diversité des statuts et des territoires.")
                .decision("Neuf initiatives représentatives de la pluralité de l’ESS bas-normande sont retenues.")
                .item("I3", "Rédiger les portraits des neuf initiatives retenues", "CRESS", "2007-07-31")
                .item("I4", "Rassembler les coordonnées des accompagnateurs et financeurs à faire figurer", "URSCOP",
                        "2007-06-30");

        ea("Réunion du groupe projet « Entreprendre autrement »", "2007-06-28", "SALON_STAND", "MODULE_DL_52H", "BROCHURE")
                .followUp("Le recensement des salons et les coordonnées des réseaux sont faits.")
                .closes("I2", "I4")
                .point("Avancement de la brochure", "ARDES", 20, "Les portraits sont en cours de rédaction.")
                .point("Salon Planète Créa 2007 : un stand commun", "CRESS", 40,
                        "Le salon organisé par la CRCI et la Chambre régionale des métiers est l’occasion de présenter "
                                + "l’entrepreneuriat d’ESS aux professionnels de la création.")
                .decision("Le groupe tiendra un stand commun « Entreprendre autrement en Basse-Normandie » au salon "
                        + "Planète Créa.")
                .item("I6", "Établir le planning des permanences du stand Planète Créa 2007", "CRESS", "2007-10-15")
                .point("Module « développement local » du Master 1 GSES", "CRESS", 30,
                        "L’IUP Management du social et de la santé propose un module de 52 h intégrant la création "
                                + "d’activité et le rôle des acteurs de l’ESS sur les territoires.")
                .decision("La CRESS coordonne le module de 52 h avec l’ARDES, l’AFIP et la Ligue de l’enseignement "
                        + "de la Manche.")
                .item("I5", "Proposer le contenu des séances du module « développement local »", "ARDES", "2007-09-15")
                .point("Questions diverses", null, 10, null)
                .attendance("FR", ABSENT).attendance("CREDIT_MUTUEL", EXCUSED);

        brochure("Groupe de travail brochure : deuxième rencontre", "2007-09-20")
                .followUp("Les neuf portraits sont rédigés.")
                .closes("I3")
                .point("Relecture des portraits d’initiatives", "URSCOP", 60,
                        "Les portraits sont relus en séance ; quelques chiffres restent à vérifier auprès des structures.")
                .item("I7", "Relire les neuf portraits d’initiatives et renvoyer les corrections", "URSCOP", "2007-10-15")
                .point("Maquette, tirage et diffusion", "CRESS", 45,
                        "La maquette est présentée ; l’éditorial pourrait être cosigné par le Préfet de Région et le "
                                + "Président du Conseil régional.")
                .decision("Le tirage initial est fixé à 1 000 exemplaires.")
                .item("I8", "Solliciter la signature du Préfet de Région et du Président du Conseil régional",
                        "CRESS", "2007-12-31");

        ea("Réunion du groupe projet : bilan 2007 et orientations 2008", "2007-11-22", "SALON_STAND", "BROCHURE")
                .followUp("Le contenu du module est arrêté et le stand a été tenu ; la relecture des portraits "
                        + "n’est pas terminée.")
                .closes("I5", "I6")
                .point("Bilan du stand au salon Planète Créa 2007", "URSCOP", 30,
                        "Une centaine de visiteurs, porteurs de projet ou professionnels de la création, sont passés "
                                + "sur le stand.")
                .decision("Le stand est reconduit en 2008, avec un atelier présentant des initiatives bas-normandes.")
                .point("Brochure : relecture et calendrier d’édition", "CRESS", 20, null)
                .point("Bilan 2007 et orientations 2008", "CRESS", 45,
                        "Priorité aux jeunes : une conférence-débat sur le campus est envisagée avec la LMDE.")
                .item("I11", "Préparer une conférence-débat sur le campus avec la LMDE", "CRESS", "2008-03-31")
                .attendance("UREI", EXCUSED).representedBy("MACIF", "BNA");
    }

    private void observatory() {
        new DemoMeetingBuilder(demo, items, DemoMeetingBuilder.draft(demo, null,
                "Lancement de l’étude de faisabilité de l’Observatoire régional de l’ESS", LocalDate.of(2007, 10, 10),
                LocalTime.of(14, 30), T17, REGION, HELD, "OBSERVATOIRE"), i18n.t("meetings.agenda.followUp"), true)
                .invite("REGION", Attendance.PRESENT).invite("CRESS", Attendance.PRESENT)
                .invite("URSCOP", Attendance.PRESENT)
                .guest("Président de la CRES", "CRESS", null)
                .guest("Représentant du SGAR", null, "SGAR de Basse-Normandie")
                .guest("Président de la CPCA", null, "CPCA Basse-Normandie")
                .followUp("Première réunion : aucune action en cours.")
                .point("Les enjeux d’un Observatoire de l’ESS en Basse-Normandie", "CRESS", 30, null)
                .point("Objectifs généraux d’un observatoire régional", "CRESS", 30, null)
                .point("Principes de fonctionnement définis par le groupe de travail Inter-CRES", "CRESS", 30,
                        "Les travaux Inter-CRES orientent ceux de l’INSEE sur la nomenclature de l’ESS et un « kit » "
                                + "statistique.")
                .point("Étapes de l’étude de faisabilité", "CRESS", 30, null)
                .decision("L’étude de faisabilité est lancée : consultation des acteurs, panorama des observatoires "
                        + "régionaux, puis restitution et cahier des charges.")
                .item("I9", "Consulter les acteurs de l’ESS, les pouvoirs publics et les partenaires institutionnels",
                        "CRESS", "2007-12-15")
                .item("I10", "Réaliser les entretiens avec les observatoires régionaux (ORS, Chambre régionale des "
                        + "métiers, MEFAC…)", "CRESS", "2008-01-31");

        new DemoMeetingBuilder(demo, items, DemoMeetingBuilder.draft(demo, null,
                "Restitution de l’étude de faisabilité de l’Observatoire régional de l’ESS", LocalDate.of(2008, 2, 12),
                LocalTime.of(14, 30), T17, REGION, HELD, "OBSERVATOIRE"), i18n.t("meetings.agenda.followUp"), true)
                .invite("REGION", Attendance.PRESENT).invite("CRESS", Attendance.PRESENT)
                .invite("URSCOP", Attendance.EXCUSED)
                .guest("Président de la CRES", "CRESS", null)
                .guest("Représentant du SGAR", null, "SGAR de Basse-Normandie")
                .guest("Président de la CPCA", null, "CPCA Basse-Normandie")
                .followUp("La consultation et les entretiens sont terminés.")
                .closes("I9", "I10")
                .point("Résultats de la consultation des acteurs", "CRESS", 40, null)
                .point("Panorama des observatoires régionaux", "CRESS", 30, null)
                .point("Cahier des charges de l’Observatoire régional de l’ESS", "CRESS", 45, null)
                .decision("Le cahier des charges est approuvé : l’Observatoire régional de l’ESS (ORESS) sera créé au "
                        + "sein de la CRESS.")
                .item("I13", "Transmettre le cahier des charges de l’Observatoire aux financeurs", "CRESS", "2008-03-31");
        ActionItem sent = items.get("I13");
        new ActionItemRepository(demo.dsl()).setStatus(sent.id(), sent.version(), ActionItemStatus.DONE,
                LocalDate.of(2008, 3, 20), null);
    }

    private void year2008() {
        brochure("Groupe de travail brochure : validation", "2008-01-17")
                .followUp("Les corrections des portraits sont intégrées.")
                .closes("I7")
                .point("Validation des textes et de la maquette", "CRESS", 60, null)
                .decision("Le tirage est porté à 3 000 exemplaires pour répondre aux demandes des réseaux.")
                .item("I12", "Envoyer le fichier définitif à l’imprimeur", "CRESS", "2008-02-15");

        ea("Réunion du groupe projet « Entreprendre autrement »", "2008-03-13", "BROCHURE", "PORTAIL",
                "CONFERENCE_CAMPUS", "ETUDE_FINANCEMENTS")
                .followUp("L’éditorial est cosigné ; la conférence du campus est programmée en avril.")
                .closes("I8", "I11", "I12")
                .point("Diffusion de la brochure", "CRESS", 30,
                        "La brochure est éditée à 3 000 exemplaires (1 000 prévus).")
                .decision("Chaque réseau diffuse la brochure auprès de ses partenaires ; la CRESS la diffuse à "
                        + "l’ensemble des acteurs de la création d’entreprise.")
                .item("I14", "Mettre la brochure en ligne sur le portail régional de l’ESS", "CRESS", "2008-05-15")
                .point("Conférence-débat « Envie d’entreprendre autrement » avec la LMDE", "CRESS", 20, null)
                .point("Étude sur les financements mobilisables par les créateurs d’ESS", "BNA", 30, null)
                .item("I15", "Recenser les financements mobilisables par les créateurs d’entreprises d’ESS", "BNA",
                        "2008-06-30")
                .point("Partenariat 2008-2009 avec l’AVISE", "AVISE", 20, null)
                .attendance("PIVERT", EXCUSED).attendance("COORACE", ABSENT);

        ea("Groupe projet : présentation de « la fabrique à initiatives »", "2008-07-17", "CAFE_DEBAT_2008",
                "SALON_STAND", "SALON_ATELIER")
                .followUp("La brochure est téléchargeable sur le portail depuis mai.")
                .closes("I14")
                .point("Présentation de « la fabrique à initiatives »", "AVISE", 60,
                        "L’AVISE présente un dispositif pour la concrétisation des projets socialement innovants.\n\n"
                                + "Le groupe souhaite s’appuyer davantage sur les acteurs existants et mieux identifier "
                                + "les besoins par territoire infrarégional.")
                .decision("Avant tout dispositif de type « fabrique à initiatives », s’appuyer sur les acteurs existants "
                        + "et identifier les besoins par territoire infrarégional.")
                .item("I16", "Identifier les besoins d’accompagnement par territoire infrarégional", "CRESS", "2008-12-31")
                .point("Salon Planète Créa 2008 : stand et atelier", "CRESS", 30, null)
                .decision("Un atelier « Entreprendre autrement en Basse-Normandie » présentera des projets d’ESS au "
                        + "salon 2008.")
                .item("I17", "Choisir les initiatives présentées à l’atelier du salon", "ARDES", "2008-09-15")
                .point("Mois de l’ESS : café-débat « Entreprendre sous forme associative »", "CRESS", 20, null)
                .item("I18", "Organiser le café-débat du mois de l’ESS", "CRESS", "2008-11-15")
                .attendance("FR", EXCUSED).attendance("UREI", ABSENT);

        group("SALON", "Groupe de travail salon : préparation du stand et de l’atelier", "2008-09-18",
                LocalTime.of(10, 0), LocalTime.of(12, 0), CRESS, "SALON_STAND", "SALON_ATELIER")
                .followUp("Aucune action en cours pour ce groupe.")
                .point("Planning des permanences sur le stand", "CRESS", 40, null)
                .decision("Chaque réseau assure au moins une demi-journée de permanence sur le stand.")
                .item("I19", "Confirmer les permanences de chaque réseau sur le stand", "CRESS", "2008-10-10")
                .point("Supports : brochures et kakémono", "CREDIT_COOP", 20, null)
                .item("I20", "Prévoir 300 brochures et le kakémono pour le stand", "CREDIT_COOP", "2008-10-15");

        ea("Réunion du groupe projet : bilan 2008", "2008-11-20", "SALON_STAND", "SALON_ATELIER", "CAFE_DEBAT_2008",
                "ETUDE_FINANCEMENTS")
                .followUp("Stand, atelier et café-débat ont eu lieu ; l’étude des financements est terminée.")
                .closes("I15", "I17", "I18", "I19", "I20")
                .point("Bilan du salon Planète Créa 2008 : stand et atelier", "CRESS", 30,
                        "Une centaine de visiteurs sur le stand ; une quarantaine de personnes à l’atelier.")
                .point("Retour sur le café-débat « Entreprendre sous forme associative »", "CRESS", 20,
                        "Une trentaine de participants : l’objectif est atteint.")
                .point("Étude sur les financements mobilisables : résultats", "BNA", 30, null)
                .decision("L’étude sur les financements est mise en ligne et diffusée aux accompagnateurs.")
                .item("I21", "Mettre en ligne la carte des accompagnateurs par pays sur le portail", "CRESS", "2009-02-28")
                .point("Orientations 2009", "CRESS", 30, null)
                .decision("Une table ronde sur l’innovation sociale sera organisée pendant le mois de l’ESS 2009.")
                .item("I22", "Préparer la table ronde sur l’innovation sociale avec la Région et l’Université de Caen",
                        "CRESS", "2009-10-15")
                .attendance("MACIF", EXCUSED).representedBy("CREDIT_MUTUEL", "CREDIT_COOP");
    }

    private void year2009() {
        ea("Réunion du groupe projet « Entreprendre autrement »", "2009-03-19", "PETITE_ENFANCE_FORUM",
                "CONFERENCE_CAMPUS", "CAE_CALVADOS")
                .followUp("La carte des accompagnateurs est en ligne ; les besoins par territoire sont identifiés.")
                .closes("I16", "I21")
                .point("Forum régional petite enfance", "FR", 20, null)
                .point("Conférence sur le campus", "CRESS", 15,
                        "Le blocage de l’Université de Caen empêche la tenue de la conférence cette année.")
                .decision("La conférence « Envie d’entreprendre autrement » 2009 est annulée.")
                .point("Coopérative d’activités et d’emploi du Calvados", "URSCOP", 40, null)
                .decision("Le groupe soutient l’émergence d’une CAE dans le Calvados avec l’URSCOP et Coopérer pour "
                        + "Entreprendre.")
                .item("I23", "Mobiliser les élus des collectivités concernées par la CAE du Calvados", "URSCOP",
                        "2009-06-30")
                .point("Module de formation des techniciens de la création (APCE)", "CRESS", 20, null)
                .item("I24", "Finaliser la version « 0 » du module de formation des techniciens de la création",
                        "CRESS", "2009-12-31")
                .attendance("UREI", EXCUSED).attendance("FR", ABSENT);

        ea("Réunion du groupe projet « Entreprendre autrement »", "2009-06-25", "SALON_STAND", "SALON_ATELIER",
                "LICENCE_PRO")
                .followUp("Les élus concernés par la CAE ont été rencontrés.")
                .closes("I23")
                .point("Salon Planète Créa 2009", "CRESS", 30, null)
                .decision("Le stand et l’atelier sont reconduits au salon Planète Créa 2009.")
                .item("I25", "Relancer la diffusion de la brochure sur les salons locaux (Falaise, pays d’Auge)", "BNA",
                        "2009-10-31")
                .point("Licence professionnelle « Création d’entreprises socialement innovantes »", "CRESS", 20, null)
                .point("CAE du Calvados : démarrage reporté", "URSCOP", 20, null)
                .item("I26", "Préparer le démarrage de la CAE du Calvados (recrutement de l’équipe)", "URSCOP",
                        "2009-12-31")
                .attendance("UREI", EXCUSED).attendance("FR", EXCUSED);

        ea("Réunion du groupe projet : bilan du programme 2007-2009", "2009-11-26", "TABLE_RONDE_2009", "LICENCE_PRO")
                .followUp("La table ronde a eu lieu ; le module de formation, la CAE et la diffusion sur les salons "
                        + "locaux restent en cours.")
                .closes("I22")
                .point("Bilan du programme pluriannuel 2007-2009", "CRESS", 60, null)
                .point("Table ronde sur l’innovation sociale", "CRESS", 20,
                        "Plus de cinquante participants, surtout du monde universitaire, des institutions et de l’ESS.")
                .point("Perspectives 2010", "AVISE", 30, null)
                .decision("Le groupe poursuit sa dynamique après 2009 et proposera des temps d’échange aux techniciens "
                        + "de la création d’entreprise.")
                .item("I27", "Proposer des temps d’échange aux techniciens de la création d’entreprise", "CRESS",
                        "2010-03-31")
                .item("I28", "Contribuer au site de l’AVISE dédié à l’entrepreneuriat social", "AVISE", "2010-06-30")
                .attendance("UREI", ABSENT).attendance("FR", EXCUSED);
    }

    /** The next meeting of the group, on the first Thursday three weeks or more from today. */
    private void next() {
        LocalDate today = LocalDate.now(demo.clock().withZone(Formats.PARIS));
        LocalDate day = today.plusWeeks(3).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
        new DemoMeetingBuilder(demo, items, DemoMeetingBuilder.draft(demo, "EA",
                "Réunion du groupe projet « Entreprendre autrement »", day, T14, LocalTime.of(16, 30), CRESS,
                MeetingStatus.PLANNED), i18n.t("meetings.agenda.followUp"), false)
                .point("Tour de table des réseaux", null, 30, null)
                .point("Bilan et perspectives du groupe", "CRESS", 45, null)
                .point("Questions diverses", null, 10, null);
    }
}
