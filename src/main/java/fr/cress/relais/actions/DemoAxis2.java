package fr.cress.relais.actions;

import java.time.LocalDate;

import static fr.cress.relais.actions.ActionKind.*;
import static fr.cress.relais.actions.ActionStatus.*;
import static fr.cress.relais.actions.PartnerRole.*;

/** Axis 2 of the example programme: mobilising the actors (objectives 2.1 to 2.3), from the bilan. */
final class DemoAxis2 {

    /** The group « Entreprendre autrement en Basse-Normandie » as the report lists it. */
    private static final String[] GROUP = {"PIVERT", "AFIP", "URSCOP", "CREDIT_COOP", "CREDIT_MUTUEL", "ARDES",
            "TERRITOIRES", "AVISE", "COORACE", "MACIF", "BNA", "UREI", "FR"};

    private final ActionsDemo demo;

    DemoAxis2(ActionsDemo demo) {
        this.demo = demo;
    }

    void load() {
        demo.action("ETUDE_EMERGENCE", "2.1", "Étude «\u202FDe l’émergence au suivi post-création des structures\u202F»", STUDY, DONE)
                .years(2007, 2007)
                .description("Étude co-réalisée avec la Région Basse-Normandie.")
                .results("Recensement et identification des acteurs de l’accompagnement\u202F: démarches facilitées pour "
                        + "les porteurs de projet, offre mieux identifiée par les professionnels.")
                .partner(CONTRIBUTOR, "REGION")
                .indicator(2007, "Études réalisées", "études", 1, 1, null)
                .expense(2007, "Réalisation de l’étude", 6000, 6000, 6000)
                .income(2007, "REGION", "Subvention du Conseil régional", 4000, 4000, 4000)
                .income(2007, "CRESS", "Autofinancement CRESS", 2000, 2000, 2000)
                .save();
        demo.action("ETUDE_FINANCEMENTS", "2.1", "Étude sur les financements mobilisables au niveau régional", STUDY, DONE)
                .years(2008, 2008)
                .description("Financements mobilisables par les créateurs qui souhaitent entreprendre dans le champ de "
                        + "l’économie sociale et solidaire.")
                .results("Mise en ligne de l’identification des accompagnateurs et des financements.")
                .partner(CONTRIBUTOR, "BNA")
                .indicator(2008, "Études réalisées", "études", 1, 1, null)
                .expense(2008, "Réalisation de l’étude", 5000, 5000, 5000)
                .income(2008, "REGION", "Subvention du Conseil régional", 3000, 3000, 3000)
                .income(2008, "CREDIT_COOP", "Mécénat du Crédit Coopératif", 1000, 1000, 1000)
                .income(2008, "CRESS", "Autofinancement CRESS", 1000, 1000, 1000)
                .save();
        DemoAction group = demo.action("GROUPE_PROJET", "2.2", "Animation du groupe projet «\u202FEntreprendre autrement en "
                        + "Basse-Normandie\u202F»", OTHER, DONE)
                .years(2007, 2009)
                .description("Groupe constitué et animé par la CRESS depuis 2007 pour partager une définition commune "
                        + "de l’entrepreneuriat dans le champ de l’ESS, coordonner les actions au niveau régional et "
                        + "développer des initiatives communes (AVISE dans le cadre du partenariat 2008-2009).")
                .results("Des groupes de travail spécifiques ont mis en œuvre la brochure, le salon Planète Créa, la "
                        + "conférence à l’université et le module «\u202Fdéveloppement local\u202F».")
                .partner(CONTRIBUTOR, GROUP);
        for (int year = 2007; year <= 2009; year++) {
            group.indicator(year, "Réunions du groupe projet", "réunions", 3, 3, "En moyenne trois fois par an.");
        }
        group.save();
        demo.action("CAE_CALVADOS", "2.3", "Coopérative d’activités et d’emploi du Calvados", OTHER, POSTPONED)
                .years(2008, 2010).dates(LocalDate.of(2010, 1, 1), null).place("Calvados")
                .description("Collectif CRESS, URSCOP et réseau national des CAE Coopérer pour Entreprendre\u202F: étude "
                        + "de faisabilité sur l’implantation territoriale et étude des besoins (CRESS), analyse "
                        + "financière (URSCOP, Coopérer pour Entreprendre), mobilisation des élus, identification des "
                        + "financements, recrutement de l’équipe.")
                .results("Démarrage initialement prévu en mai 2009, reporté à janvier 2010.")
                .partner(CONTRIBUTOR, "URSCOP", "CPE")
                .indicator(2009, "Étude de faisabilité réalisée", "études", 1, 1, null)
                .indicator(2010, "Ouverture de la CAE", "CAE", 1, null, "Démarrage prévu en janvier 2010.")
                .expense(2009, "Étude de faisabilité et des besoins", 7000, 7000, 5000)
                .income(2009, "REGION", "Subvention du Conseil régional", 4000, 4000, 2000)
                .income(2009, "CREDIT_COOP", "Mécénat du Crédit Coopératif", 1000, 1000, 0)
                .income(2009, "CRESS", "Autofinancement CRESS", 2000, 2000, 2000)
                .save();
        demo.action("CAE_ORNE", "2.3", "Appui à la coopérative d’activités et d’emploi de l’Orne", OTHER, DONE)
                .years(2007, 2008).dates(LocalDate.of(2008, 1, 1), null).place("Orne")
                .description("Appui à la mise en place de la CAE de l’Orne et mise en réseau des deux CAE.")
                .results("CAE ouverte en janvier 2008.")
                .partner(CONTRIBUTOR, "URSCOP")
                .indicator(2008, "Ouverture de la CAE", "CAE", 1, 1, "Ouverte en janvier 2008.")
                .save();
        demo.action("PETITE_ENFANCE_FORUM", "2.3", "Forum régional des services d’accueil des jeunes enfants", FORUM, DONE)
                .years(2008, 2009).dates(LocalDate.of(2009, 3, 1), null)
                .description("Réflexion initiée en 2008 sur les services à la petite enfance (services innovants, "
                        + "accueil et accès à l’emploi, accueil en milieu rural) avec l’ARDES, Familles Rurales, "
                        + "l’ACEPP, Domi’kid, le réseau CERISE et la Mutualité française du Calvados.")
                .results("Forum régional sur les services d’accueil des jeunes enfants et la plus-value des "
                        + "structures de l’ESS, en mars 2009.")
                .partner(CONTRIBUTOR, "ARDES", "FR")
                .indicator(2009, "Forums organisés", "forums", 1, 1, "Mars 2009.")
                .expense(2009, "Organisation du forum", 2500, 2500, 2500)
                .income(2009, "REGION", "Subvention du Conseil régional", 1200, 1200, 1200)
                .income(2009, "MACIF", "Soutien de la Fondation MACIF", 800, 800, 800)
                .income(2009, "CRESS", "Autofinancement CRESS", 500, 500, 500)
                .save();
    }
}
