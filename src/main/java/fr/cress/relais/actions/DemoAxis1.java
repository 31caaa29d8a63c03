package fr.cress.relais.actions;

import java.time.LocalDate;

import static fr.cress.relais.actions.ActionKind.*;
import static fr.cress.relais.actions.ActionStatus.*;
import static fr.cress.relais.actions.PartnerRole.*;

/** Axis 1 of the example programme: promotion and awareness (objectives 1.1 to 1.5), from the bilan. */
final class DemoAxis1 {

    private final ActionsDemo demo;

    DemoAxis1(ActionsDemo demo) {
        this.demo = demo;
    }

    void load() {
        communicate();
        youth();
        innovative();
        localElected();
        visibility();
    }

    /** 1.1 Communiquer sur le terme « Entreprendre autrement en Basse-Normandie ». */
    private void communicate() {
        demo.action("BROCHURE", "1.1", "Brochure «\u202FEntreprendre autrement en Basse-Normandie\u202F»", BROCHURE, DONE)
                .years(2007, 2008).dates(LocalDate.of(2008, 5, 1), null)
                .description("Brochure réalisée avec les acteurs bas-normands de l’ESS et l’AVISE lors de groupes de "
                        + "travail\u202F; cosignée par le Préfet de Région et le Président du Conseil régional. Elle "
                        + "s’adresse aux porteurs de projet, aux réseaux de la création d’entreprise, aux élus et "
                        + "fonctionnaires territoriaux.")
                .results("Éditée en 3 000 exemplaires (1 000 prévus), diffusée par l’ensemble des acteurs du groupe "
                        + "de travail et par la CRESS\u202F; téléchargeable sur le portail\u202F: près de 5 000 téléchargements "
                        + "depuis mai 2008. 9 initiatives représentatives de la pluralité de l’ESS.")
                .partner(CONTRIBUTOR, "ARDES", "URSCOP", "AFIP", "TERRITOIRES", "CREDIT_COOP", "AVISE")
                .partner(RELAY, "ARDES", "URSCOP", "AFIP", "TERRITOIRES", "CREDIT_COOP")
                .indicator(2008, "Exemplaires imprimés", "exemplaires", 1000, 3000, "Éditée en 3 000 exemplaires (1 000 prévus).")
                .indicator(null, "Téléchargements sur le portail", "téléchargements", null, 5000,
                        "Près de 5 000 téléchargements depuis mai 2008.")
                .indicator(null, "Initiatives présentées", "initiatives", null, 9,
                        "9 initiatives représentatives de la pluralité de l’ESS en Basse-Normandie.")
                .indicator(null, "Rencontres du groupe de travail", "réunions", null, 3, null)
                .expense(2008, "Conception et impression de la brochure", 4500, 4500, 4500)
                .income(2008, "REGION", "Subvention du Conseil régional", 2500, 2500, 2500)
                .income(2008, "CREDIT_COOP", "Mécénat du Crédit Coopératif", 1500, 1500, 1500)
                .income(2008, "CRESS", "Autofinancement CRESS", 500, 500, 500)
                .save();
        demo.action("PORTAIL", "1.1", "Rubrique «\u202FCréer son activité\u202F» du portail internet régional de l’ESS",
                        WEB_CONTENT, DONE)
                .years(2008, 2009).dates(LocalDate.of(2008, 9, 1), null)
                .description("Formes d’entrepreneuriat (statuts, exemples), documents à télécharger (brochure, actes "
                        + "du colloque «\u202FEntreprendre sur des territoires solidaires\u202F»), carte interactive des "
                        + "accompagnateurs de la création d’activité en ESS par pays, liens vers d’autres sites "
                        + "ressources (AVISE).")
                .results("Un nouveau référencement permet d’identifier plus de 2 000 visiteurs depuis septembre 2008. "
                        + "La rubrique évolue avec les projets et les demandes des porteurs et des accompagnateurs.")
                .partner(RELAY, "AVISE")
                .indicator(null, "Visiteurs de la rubrique", "visiteurs", 1500, 2000,
                        "Plus de 2 000 visiteurs depuis septembre 2008.")
                .expense(2008, "Développement de la rubrique et référencement", 3000, 3000, 3000)
                .income(2008, "REGION", "Subvention du Conseil régional", 2000, 2000, 2000)
                .income(2008, "CRESS", "Autofinancement CRESS", 1000, 1000, 1000)
                .save();
        demo.action("CAFE_DEBAT_2008", "1.1", "Café-débat «\u202FEntreprendre sous forme associative\u202F»", CAFE_DEBATE, DONE)
                .years(2008, 2008).dates(LocalDate.of(2008, 11, 1), null).place("Caen")
                .description("Dans le cadre du mois de l’ESS, en novembre 2008\u202F: avantages et freins à la création "
                        + "d’entreprises sous forme associative, poids des associations dans le développement "
                        + "socio-économique des territoires.")
                .results("Objectifs atteints en termes de participation\u202F: une trentaine de personnes.")
                .indicator(2008, "Participants", "personnes", 30, 30, "Une trentaine de personnes.")
                .expense(2008, "Salle, accueil et communication", 600, 600, 600)
                .income(2008, "CREDIT_MUTUEL", "Soutien du Crédit Mutuel", 300, 300, 300)
                .income(2008, "CRESS", "Autofinancement CRESS", 300, 300, 300)
                .save();
        demo.action("TABLE_RONDE_2009", "1.1", "Table ronde sur l’innovation sociale", ROUND_TABLE, DONE)
                .years(2009, 2009).dates(LocalDate.of(2009, 11, 1), null).place("Université de Caen")
                .description("Dans le cadre du mois de l’ESS 2009, en partenariat avec la Région et l’Université de Caen.")
                .results("Pertinence des réponses des entreprises d’ESS face aux enjeux de territoire et de société\u202F; "
                        + "nécessité de reconnaître l’innovation sociale au même titre que l’innovation technologique. "
                        + "Plus de cinquante personnes, surtout du monde universitaire, des institutionnels et des "
                        + "acteurs de l’ESS.")
                .partner(CONTRIBUTOR, "REGION", "UNICAEN")
                .indicator(2009, "Participants", "personnes", 40, 50, "Plus de cinquante personnes.")
                .expense(2009, "Organisation de la table ronde", 1200, 1200, 1000)
                .income(2009, "REGION", "Subvention du Conseil régional", 600, 600, 400)
                .income(2009, "MACIF", "Soutien de la Fondation MACIF", 400, 400, 0)
                .income(2009, "CRESS", "Autofinancement CRESS", 200, 200, 200)
                .save();
    }

    /** 1.2 Développer la culture de l’entrepreneuriat dans le champ de l’ESS chez les jeunes. */
    private void youth() {
        demo.action("MODULE_DL_52H", "1.2", "Module «\u202Fdéveloppement local\u202F» du Master 1 GSES", TRAINING_MODULE, DONE)
                .years(2007, 2009).place("IUP Management du social et de la santé, Université de Caen")
                .description("Organisation et coordination d’un module de 52 h, construit avec l’ARDES, l’AFIP et la "
                        + "Ligue de l’enseignement de la Manche\u202F: création d’activité et rôle des acteurs de l’ESS "
                        + "sur les territoires.")
                .results("Retour positif des responsables de formation et des étudiants.")
                .partner(CONTRIBUTOR, "ARDES", "AFIP", "LIGUE50", "UNICAEN")
                .indicator(null, "Heures d’enseignement", "heures", 52, 52, "Module de 52 h (Master 1 GSES).")
                .expense(2008, "Coordination et interventions (52 h)", 3120, 3120, 3120)
                .income(2008, "REGION", "Subvention du Conseil régional", 2000, 2000, 2000)
                .income(2008, "UNICAEN", "Vacations de l’Université", 1120, 1120, 1120)
                .save();
        hours("INTERV_M2_ENTREPRENEURIAT", "Intervention «\u202FEntreprendre dans l’économie sociale et solidaire\u202F» "
                + "au Master 2 Entrepreneuriat", 7, "Université de Caen");
        hours("INTERV_LP_POLITIQUE_VILLE", "Intervention en licence professionnelle Politique de la Ville", 3,
                "Université de Caen");
        hours("INTERV_M2_DD", "Intervention au module économie du Master 2 «\u202FDéveloppement durable\u202F: stratégies de "
                + "concertation et de communication\u202F»", 10, "UFR LEA, Université de Caen");
        hours("INTERV_DU_CREATION", "Intervention au DU Création d’activité", 7, "Université de Caen");
        demo.action("LICENCE_PRO", "1.2", "Licence professionnelle «\u202FCréation d’entreprises socialement innovantes\u202F»",
                        TRAINING_MODULE, IN_PROGRESS)
                .years(2009, 2010).place("Lycée agricole de Coutances et UFR Sciences économiques et gestion")
                .description("Implication dans la définition d’une nouvelle licence professionnelle axée sur la "
                        + "création d’activités en milieu rural et périurbain, portée par le lycée agricole de "
                        + "Coutances et l’UFR Sciences économiques et gestion.")
                .results("Ouverture prévue en 2010\u202F; la CRESS y prendra part.")
                .partner(CONTRIBUTOR, "UNICAEN")
                .indicator(2010, "Ouverture de la licence", "formation", 1, null, "Doit ouvrir en 2010.")
                .save();
        demo.action("CONFERENCE_CAMPUS", "1.2", "Conférence-débat «\u202FEnvie d’entreprendre autrement\u202F: découvrez "
                        + "l’économie sociale et solidaire\u202F»", CONFERENCE, DONE)
                .years(2008, 2008).dates(LocalDate.of(2008, 4, 1), null).place("Campus de l’Université de Caen")
                .description("Au cœur du campus, pour la première fois en avril 2008, avec la LMDE, dans le cadre du "
                        + "prix de l’étudiant entrepreneur en économie sociale.")
                .results("A renforcé le partenariat avec l’université.")
                .partner(CONTRIBUTOR, "LMDE", "UNICAEN", "URSCOP")
                .indicator(2008, "Conférences tenues", "conférences", 1, 1, null)
                .expense(2008, "Communication et accueil", 1500, 1500, 1500)
                .income(2008, "LMDE", "Participation de la LMDE", 500, 500, 500)
                .income(2008, "REGION", "Subvention du Conseil régional", 700, 700, 700)
                .income(2008, "CRESS", "Autofinancement CRESS", 300, 300, 300)
                .save();
        demo.action("CONFERENCE_CAMPUS_2009", "1.2", "Conférence-débat «\u202FEnvie d’entreprendre autrement\u202F» (édition "
                        + "2009)", CONFERENCE, CANCELLED)
                .years(2009, 2009).place("Campus de l’Université de Caen")
                .description("Reconduction de la conférence de 2008 avec la LMDE.")
                .results("Annulée en raison des mouvements sociaux de la période (blocage de l’Université de Caen).")
                .partner(CONTRIBUTOR, "LMDE", "UNICAEN")
                .indicator(2009, "Conférences tenues", "conférences", 1, 0, "Annulée\u202F: blocage de l’Université de Caen.")
                .expense(2009, "Communication et accueil", 1500, 0, 0)
                .income(2009, "LMDE", "Participation de la LMDE", 500, 0, 0)
                .income(2009, "REGION", "Subvention du Conseil régional", 700, 700, 0)
                .save();
        demo.action("OUTIL_PEDAGOGIQUE", "1.2", "Contribution à l’outil pédagogique national de l’AVISE", OTHER, DONE)
                .years(2008, 2009)
                .description("Les interventions de la CRESS dans les formations supérieures nourrissent l’outil "
                        + "pédagogique de l’AVISE pour sensibiliser les étudiants à l’entrepreneuriat en ESS.")
                .partner(CONTRIBUTOR, "AVISE")
                .save();
    }

    private void hours(String key, String title, int hours, String place) {
        demo.action(key, "1.2", title, TRAINING_MODULE, DONE).years(2007, 2009).place(place)
                .partner(CONTRIBUTOR, "UNICAEN")
                .indicator(null, "Heures d’enseignement", "heures", hours, hours, null)
                .save();
    }

    /** 1.3 Promouvoir « l’entreprendre autrement » comme une forme d’entrepreneuriat socialement innovante. */
    private void innovative() {
        DemoAction stand = demo.action("SALON_STAND", "1.3", "Stand «\u202FEntreprendre autrement en Basse-Normandie\u202F» au "
                        + "salon Planète Créa", FAIR_STAND, DONE)
                .years(2007, 2009)
                .description("Espace stand animé par les acteurs de l’accompagnement à la création en entrepreneuriat "
                        + "d’ESS, au salon organisé par la CRCI et la Chambre régionale des métiers.")
                .results("Chaque année une centaine de visiteurs, porteurs de projet ou professionnels de la création, "
                        + "venus découvrir les spécificités de l’entrepreneuriat d’ESS, ses accompagnements et ses "
                        + "financements.")
                .partner(CONTRIBUTOR, "URSCOP", "ARDES", "BNA", "CREDIT_COOP", "PIVERT");
        for (int year = 2007; year <= 2009; year++) {
            stand.indicator(year, "Visiteurs du stand", "visiteurs", 100, 100, "Une centaine de visiteurs.")
                    .expense(year, "Location et aménagement du stand", 1200, 1200, 1200)
                    .income(year, "REGION", "Subvention du Conseil régional", 600, 600, year == 2009 ? 300 : 600)
                    .income(year, "CREDIT_COOP", "Mécénat du Crédit Coopératif", 300, 300, 300)
                    .income(year, "CRESS", "Autofinancement CRESS", 300, 300, 300);
        }
        stand.save();
        demo.action("SALON_ATELIER", "1.3", "Atelier «\u202FEntreprendre autrement en Basse-Normandie\u202F» au salon Planète Créa",
                        WORKSHOP, DONE)
                .years(2008, 2009)
                .description("Présentation de projets d’ESS\u202F: être concret par la présentation d’initiatives "
                        + "bas-normandes.")
                .results("Entre 30 et 40 personnes selon l’année\u202F; l’atelier a montré toute sa pertinence.")
                .partner(CONTRIBUTOR, "URSCOP", "ARDES")
                .indicator(2008, "Participants", "personnes", 30, 30, "Entre 30 et 40 personnes selon l’année.")
                .indicator(2009, "Participants", "personnes", 30, 40, "Entre 30 et 40 personnes selon l’année.")
                .expense(2008, "Animation de l’atelier", 400, 400, 400)
                .income(2008, "CREDIT_MUTUEL", "Soutien du Crédit Mutuel", 200, 200, 200)
                .expense(2009, "Animation de l’atelier", 400, 400, 400)
                .income(2009, "CREDIT_MUTUEL", "Soutien du Crédit Mutuel", 200, 200, 200)
                .save();
        demo.action("SALONS_LOCAUX", "1.3", "Salons locaux de l’emploi et de la création d’entreprise", FAIR_STAND, DONE)
                .years(2008, 2009).dates(LocalDate.of(2008, 11, 1), LocalDate.of(2009, 10, 1))
                .place("Hérouville-Saint-Clair, Alençon, pays d’Auge, Falaise")
                .description("Participation et diffusion d’outils de communication\u202F: salon pour l’emploi "
                        + "d’Hérouville-Saint-Clair (novembre 2008), salon Atouts Stages d’Alençon, carrefour emploi du "
                        + "pays d’Auge (mai 2009), salon de l’emploi de Falaise (octobre 2009).")
                .results("Sollicitations croissantes\u202F; les acteurs du financement et de l’accompagnement diffusent "
                        + "la brochure sur les salons où la CRESS n’est pas présente.")
                .partner(RELAY, "BNA", "CREDIT_COOP", "URSCOP")
                .indicator(null, "Salons locaux", "salons", null, 4, "Hérouville-Saint-Clair (novembre 2008), Alençon "
                        + "(Atouts Stages), pays d’Auge (mai 2009), Falaise (octobre 2009).")
                .save();
        demo.action("POLITIQUES_CREATION", "1.3", "Suivi des politiques dédiées à la création d’entreprises", OTHER, DONE)
                .years(2007, 2009)
                .description("Partenariats avec les maisons de l’emploi du PAPAO, d’Alençon (MEFA) et de "
                        + "l’agglomération caennaise (MEFAC, dont la CRESS intègre le conseil d’administration)\u202F; "
                        + "participation aux Universités de la création d’entreprise lancées par la Région en 2007.")
                .results("La CRESS participe au site régional de la création et reprise d’entreprise et abonde une "
                        + "rubrique dédiée à l’entreprendre autrement.")
                .partner(CONTRIBUTOR, "MEFAC", "REGION")
                .save();
        demo.action("APCE_AVISE_NATIONAL", "1.3", "Actions nationales de développement de l’entrepreneuriat en ESS "
                        + "(APCE, AVISE)", OTHER, IN_PROGRESS)
                .years(2008, 2010)
                .description("Module de formation des acteurs de la création d’entreprise construit par l’APCE avec "
                        + "l’AVISE\u202F; site internet de l’AVISE dédié à l’entrepreneuriat social.")
                .results("Le site de l’AVISE devrait voir le jour en 2010.")
                .partner(CONTRIBUTOR, "AVISE")
                .save();
    }

    /** 1.4 Promouvoir « l’entreprendre autrement » auprès des élus des collectivités locales. */
    private void localElected() {
        demo.action("GROUPE_VILLE_CAEN", "1.4", "Groupe de travail ESS de la ville de Caen", OTHER, IN_PROGRESS)
                .years(2008, 2009).place("Caen")
                .description("Groupe d’acteurs de l’ESS constitué en 2008 par la ville de Caen pour co-construire et "
                        + "suivre la politique municipale en faveur de l’ESS\u202F; la création d’activité est à l’ordre du "
                        + "jour.")
                .save();
        demo.action("CAEN_LA_MER", "1.4", "Projet d’agglomération de Caen-la-Mer", OTHER, IN_PROGRESS)
                .years(2009, 2009)
                .description("Soutien aux projets d’ESS intégré au projet d’agglomération validé en juin 2009\u202F; la "
                        + "CRESS est référente d’une stagiaire de la MEFAC («\u202FPolitiques publiques d’ESS et "
                        + "d’innovation sociale dans les communautés d’agglomération\u202F»).")
                .results("La CRESS va mener une étude sur l’entrepreneuriat sur le territoire de l’agglomération.")
                .partner(CONTRIBUTOR, "MEFAC")
                .save();
        demo.action("VILLES_PROJETS", "1.4", "Partenariats avec Argentan, Flers et Cherbourg autour de projets "
                        + "structurants", OTHER, IN_PROGRESS)
                .years(2008, 2009)
                .description("Partenariat qui se développe depuis la fin 2008.")
                .save();
    }

    /** 1.5 Favoriser la visibilité des initiatives bas-normandes et valoriser le métier d’entrepreneur. */
    private void visibility() {
        demo.action("VEILLE_INITIATIVES", "1.5", "Recensement et veille des nouvelles initiatives bas-normandes",
                        OTHER, DONE)
                .years(2007, 2009)
                .description("Comités de pilotage et de suivi de la mesure 10b (depuis 2007) et de la mesure 4.2.3 "
                        + "(depuis 2009), comité technique de l’appel à projets régional «\u202FVos idées deviennent "
                        + "projet\u202F», jury Défi Jeunes (DRDJS).")
                .results("Les initiatives repérées alimentent le portail de l’ESS, les manifestations et les documents "
                        + "de la CRESS.")
                .partner(CONTRIBUTOR, "REGION")
                .save();
        demo.action("PORTRAITS", "1.5", "Portraits d’initiatives innovantes développées en Basse-Normandie",
                        WEB_CONTENT, DONE)
                .years(2007, 2009)
                .description("Réalisation et diffusion de portraits d’initiatives et d’entrepreneurs\u202F; les outils de "
                        + "communication, débats et conférences du programme s’appuient sur ces initiatives locales.")
                .results("14 initiatives et portraits d’entrepreneurs en ligne dont 4 en vidéo\u202F; plus d’une quinzaine "
                        + "d’entrepreneurs mis en avant lors de conférences ou débats depuis 2007.")
                .indicator(null, "Portraits en ligne", "portraits", 12, 14, "14 initiatives et portraits en ligne.")
                .indicator(null, "Portraits en vidéo", "vidéos", 4, 4, "Dont 4 en vidéo.")
                .indicator(null, "Entrepreneurs mis en avant", "entrepreneurs", null, 15,
                        "Plus d’une quinzaine lors de conférences ou débats depuis 2007.")
                .expense(2009, "Réalisation de 4 portraits vidéo", 4000, 4000, 3500)
                .income(2009, "MACIF", "Soutien de la Fondation MACIF", 2500, 2500, 2500)
                .income(2009, "REGION", "Subvention du Conseil régional", 1000, 1000, 500)
                .income(2009, "CRESS", "Autofinancement CRESS", 500, 500, 500)
                .save();
    }
}
