package fr.cress.relais.actions;

import java.time.LocalDate;

import static fr.cress.relais.actions.ActionKind.*;
import static fr.cress.relais.actions.ActionStatus.*;
import static fr.cress.relais.actions.PartnerRole.*;

/** Axis 3 of the example programme: the CRESS as a resource (objectives 3.1 to 3.4), from the bilan. */
final class DemoAxis3 {

    private final ActionsDemo demo;

    DemoAxis3(ActionsDemo demo) {
        this.demo = demo;
    }

    void load() {
        demo.action("ACCUEIL_PORTEURS", "3.1", "Information et accueil des porteurs de projet", OTHER, DONE)
                .years(2007, 2009).place("Caen")
                .description("Première information sur la démarche de création en ESS et orientation vers les acteurs "
                        + "de l’accompagnement selon leurs spécificités\u202F; rencontres communes avec des partenaires "
                        + "(URSCOP, GRAINE, UREI) pour des projets spécifiques.")
                .results("Près d’une cinquantaine de porteurs de projet accueillis depuis 2007, outre ceux rencontrés "
                        + "sur les salons. Demandes principales\u202F: statuts de l’économie sociale et financements "
                        + "mobilisables.")
                .partner(CONTRIBUTOR, "URSCOP", "UREI")
                .indicator(null, "Porteurs de projet accueillis", "porteurs de projet", 40, 50,
                        "Près d’une cinquantaine depuis 2007.")
                .save();
        demo.action("SUIVI_PROJETS", "3.1", "Suivi et mobilisation autour des projets en cours", OTHER, IN_PROGRESS)
                .years(2007, 2009)
                .description("Comités de pilotage des CAE de l’Orne et du Calvados, comités de suivi de «\u202FVos idées "
                        + "deviennent projet\u202F», entreprise d’insertion OSIRIS à Argentan, projet de la Goëlette à Caen "
                        + "(Chemins de Traverses), restaurant d’insertion à Argentan (Jardins dans la ville, Université "
                        + "du goût), Régie de quartier de Flers, plate-forme COBANOR TRITEX.")
                .results("OSIRIS a vu le jour en 2009\u202F; l’entreprise d’insertion de COBANOR TRITEX ouvrira début "
                        + "2010\u202F; étude de faisabilité du restaurant d’Argentan début 2010.")
                .partner(CONTRIBUTOR, "UREI")
                .save();
        demo.action("TSF", "3.2", "Dispositif Transfert de savoir-faire (TSF) de l’AVISE", OTHER, DONE)
                .years(2008, 2008)
                .description("Recours au dispositif TSF animé par l’AVISE\u202F; communication du dispositif lors des "
                        + "rencontres avec les porteurs de projet.")
                .results("En 2008, deux entrepreneurs sociaux bas-normands référencés auprès de l’AVISE comme "
                        + "personnes ressources\u202F: Yves Gardet et Maryvonne Picot.")
                .partner(CONTRIBUTOR, "AVISE")
                .indicator(2008, "Entrepreneurs référencés", "entrepreneurs", null, 2, "Yves Gardet et Maryvonne Picot.")
                .save();
        demo.action("FABRIQUE_INITIATIVES", "3.2", "Réflexion sur «\u202Fla fabrique à initiatives\u202F»", OTHER, DONE)
                .years(2008, 2008).dates(LocalDate.of(2008, 7, 17), null)
                .description("Dispositif pour la concrétisation des projets socialement innovants, présenté au groupe "
                        + "projet «\u202FEntreprendre autrement\u202F» du 17 juillet 2008.")
                .results("S’appuyer davantage sur les acteurs existants et mieux identifier les besoins par territoire "
                        + "infrarégional.")
                .partner(CONTRIBUTOR, "AVISE")
                .save();
        demo.action("MODULE_APCE", "3.3", "Module de formation de l’APCE sur les spécificités de l’entrepreneuriat "
                        + "d’ESS", TRAINING_MODULE, IN_PROGRESS)
                .years(2008, 2009)
                .description("Groupe de travail sur l’élaboration d’un module destiné aux structures d’accompagnement "
                        + "de la création d’entreprise.")
                .results("Une version «\u202F0\u202F» élaborée\u202F; outil à finaliser fin 2009, base de futurs temps d’échange avec "
                        + "les techniciens de la création d’entreprise.")
                .partner(CONTRIBUTOR, "AVISE")
                .save();
        demo.action("FORUMS_TECHNICIENS", "3.3", "Tables rondes et forums avec les techniciens de la création",
                        ROUND_TABLE, DONE)
                .years(2008, 2009).place("Caen")
                .description("Présentation du parcours de la création\u202F: forum de l’emploi de l’Université de Caen, "
                        + "rencontres de la MEFAC…")
                .results("La CRESS est identifiée par des accompagnateurs et des techniciens de la création sur "
                        + "l’entrepreneuriat dans le champ de l’ESS.")
                .partner(CONTRIBUTOR, "MEFAC", "UNICAEN")
                .save();
        demo.action("INTER_CRES_OBSERVATOIRES", "3.4", "Groupes de travail Inter-CRES «\u202FObservatoires\u202F»", OTHER, DONE)
                .years(2007, 2007).dates(LocalDate.of(2007, 6, 14), LocalDate.of(2007, 10, 29))
                .description("Constitution des observatoires régionaux de l’ESS.")
                .results("Travaux de l’INSEE orientés sur la nomenclature ESS et un «\u202Fkit\u202F» statistique ESS pour les "
                        + "INSEE régionaux.")
                .save();
        demo.action("OBSERVATOIRE", "3.4", "Étude de faisabilité de l’Observatoire régional de l’ESS", STUDY, DONE)
                .years(2007, 2008).dates(LocalDate.of(2007, 10, 10), LocalDate.of(2008, 2, 12)).place("Caen")
                .description("Réunion de lancement le 10 octobre 2007 (service ESS de la Région, SGAR, Président de la "
                        + "CRES, Président de la CPCA, URSCOP)\u202F; consultation des acteurs, panorama des observatoires "
                        + "et des sources de données, rapport présenté aux adhérents.")
                .results("Restitution de l’étude et présentation du cahier des charges de l’Observatoire le 12 février "
                        + "2008.")
                .partner(CONTRIBUTOR, "REGION", "URSCOP")
                .indicator(null, "Réunions de lancement et de restitution", "réunions", 2, 2,
                        "10 octobre 2007 et 12 février 2008.")
                .expense(2007, "Étude de faisabilité", 8000, 8000, 8000)
                .income(2007, "REGION", "Subvention du Conseil régional", 6000, 6000, 6000)
                .income(2007, "CRESS", "Autofinancement CRESS", 2000, 2000, 2000)
                .save();
        demo.action("ORESS", "3.4", "Observatoire régional de l’économie sociale et solidaire (ORESS)", OTHER, DONE)
                .years(2008, 2009)
                .description("Mis en place en 2008 autour de quatre axes\u202F: gouvernance et partenariats, données "
                        + "statistiques, communication et diffusion, coordination avec l’observatoire national du "
                        + "CNCRES.")
                .results("Chiffres clés de l’ESS (données 2006) publiés\u202F; en 2009, deux études thématiques\u202F: «\u202Fles "
                        + "séniors et l’emploi dans les entreprises de l’ESS en Basse-Normandie\u202F» et "
                        + "«\u202Fl’entrepreneuriat d’économie sociale et solidaire en Basse-Normandie\u202F».")
                .partner(CONTRIBUTOR, "REGION")
                .indicator(2008, "Chiffres clés publiés", "publications", 1, 1, "Données 2006.")
                .indicator(2009, "Études thématiques", "études", 2, 2, null)
                .save();
    }
}
