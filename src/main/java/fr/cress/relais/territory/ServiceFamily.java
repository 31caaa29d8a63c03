package fr.cress.relais.territory;

import fr.cress.relais.common.i18n.Labelled;

/** Families of services; a family key (e.g. {@code financement}) stands for all its services. */
public enum ServiceFamily implements Labelled {
    ACCOMPAGNEMENT("accompagnement"),
    FINANCEMENT("financement"),
    FORMATION("formation"),
    HEBERGEMENT("hebergement");

    private final String key;

    ServiceFamily(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    @Override
    public String labelKey() {
        return "territory.family." + key;
    }
}
