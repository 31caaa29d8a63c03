package fr.cress.relais.holders;

import fr.cress.relais.common.i18n.Labelled;

/**
 * Field of activity of a project. A closed list rather than free text: it can be counted, and it can be
 * exported without identifying anyone.
 */
public enum Sector implements Labelled {
    INSERTION,
    RESTAURATION,
    ALIMENTATION,
    ENVIRONNEMENT,
    ECO_CONSTRUCTION,
    PETITE_ENFANCE,
    SERVICES_PERSONNE,
    CULTURE,
    TOURISME,
    ARTISANAT,
    COMMERCE_EQUITABLE,
    MOBILITE,
    FORMATION_EDUCATION,
    MULTI_ACTIVITES,
    AUTRE;

    @Override
    public String labelKey() {
        return "holders.sector." + name();
    }
}
