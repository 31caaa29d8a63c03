package fr.cress.relais.actions;

import fr.cress.relais.common.feature.DemoContext;

import java.util.List;

/**
 * The programme 2007-2009 of the bilan, with its three axes and twelve operational objectives as the report
 * states them, and every joint action it reports, with its figures (see DemoAxis1, DemoAxis2, DemoAxis3).
 * Remembers {@code programme:2007-2009}, {@code axis:1..3}, {@code objective:1.1..3.4}, {@code action:<KEY>}.
 */
final class ActionsDemo {

    private record Obj(String ref, String title) {
    }

    private static final List<String> AXES = List.of(
            "La promotion et la sensibilisation à l’entrepreneuriat en économie sociale et solidaire",
            "Mobiliser les acteurs et animer une dynamique partenariale pour le développement et la promotion de "
                    + "l’entrepreneuriat dans le champ de l’économie sociale et solidaire",
            "Positionner la CRES en tant qu’organisme ressource pour la création d’activité dans le champ de "
                    + "l’économie sociale");

    private static final List<Obj> OBJECTIVES = List.of(
            new Obj("1.1", "Communiquer sur le terme «\u202FEntreprendre autrement en Basse-Normandie\u202F»"),
            new Obj("1.2", "Développer la culture de l’entrepreneuriat dans le champ de l’ESS chez les jeunes"),
            new Obj("1.3", "Promouvoir «\u202Fl’entreprendre autrement\u202F» comme une forme d’entrepreneuriat socialement innovante"),
            new Obj("1.4", "Promouvoir «\u202Fl’entreprendre autrement\u202F» auprès des élus des collectivités locales"),
            new Obj("1.5", "Favoriser la visibilité des initiatives bas-normandes et valoriser le métier d’entrepreneur "
                    + "de l’économie sociale"),
            new Obj("2.1", "Mieux connaître les actions et les outils des différents acteurs régionaux de l’ESS"),
            new Obj("2.2", "Faciliter la mobilisation de tous les acteurs régionaux de la création d’activité dans le "
                    + "champ de l’ESS (accompagnement-formation-financement)"),
            new Obj("2.3", "Favoriser l’innovation sociale et l’expérimentation de projets innovants"),
            new Obj("3.1", "Favoriser la concrétisation de projets sociaux innovants"),
            new Obj("3.2", "Mettre en place les conditions favorables à l’essaimage de projets innovants"),
            new Obj("3.3", "Informer/former les techniciens de la création d’entreprise et les accompagnateurs de "
                    + "porteurs de projet aux spécificités d’entreprendre autrement"),
            new Obj("3.4", "Développer des outils pour l’observation de l’économie sociale et solidaire"));

    private final DemoContext demo;
    private final ProgrammeRepository programmes;
    private final ActionRepository actions;
    private long programmeId;

    ActionsDemo(DemoContext demo) {
        this.demo = demo;
        this.programmes = new ProgrammeRepository(demo.dsl());
        this.actions = new ActionRepository(demo.dsl());
    }

    void load() {
        programmeId = programmes.insert(new Programme(null,
                "Promotion et développement de l’entrepreneuriat en économie sociale en Basse-Normandie", 2007, 2009,
                "Programme pluriannuel de la CRESS ayant pour finalité de mettre en œuvre les conditions favorables "
                        + "à l’augmentation du nombre d’entrepreneurs dans le champ de l’économie sociale et solidaire. "
                        + "Les chiffres réalisés viennent du bilan du 10 décembre 2009\u202F; les objectifs chiffrés (sauf "
                        + "la brochure\u202F: 1 000 exemplaires prévus) et les budgets sont des exemples. Quand le bilan ne "
                        + "donne que le mois, la date retenue est le 1er du mois.", null, 0));
        demo.remember("programme", "2007-2009", programmeId);
        for (int i = 0; i < AXES.size(); i++) {
            long axis = programmes.insert(new Axis(null, programmeId, i + 1, AXES.get(i), null, 0));
            demo.remember("axis", Integer.toString(i + 1), axis);
        }
        for (Obj o : OBJECTIVES) {
            String[] parts = o.ref().split("\\.");
            long objective = programmes.insert(new Objective(null, demo.id("axis", parts[0]),
                    Integer.parseInt(parts[1]), o.title(), null, 0));
            demo.remember("objective", o.ref(), objective);
        }
        new DemoAxis1(this).load();
        new DemoAxis2(this).load();
        new DemoAxis3(this).load();
    }

    /** A new action of the example programme in objective {@code ref} (« 1.2 »). */
    DemoAction action(String key, String objectiveRef, String title, ActionKind kind, ActionStatus status) {
        return new DemoAction(demo, actions, key, programmeId, demo.id("objective", objectiveRef), title, kind, status);
    }
}
