package fr.cress.relais.common.feature;

import fr.cress.relais.common.i18n.Labelled;

/** The main sections of the window, in navigation order (Ctrl+1 ... Ctrl+7). */
public enum SectionId implements Labelled {
    DASHBOARD("dashboard"),
    PARTNERS("partners"),
    MEETINGS("meetings"),
    ACTIONS("actions"),
    MAP("map"),
    HOLDERS("holders"),
    EXPORTS("exports");

    private final String slug;

    SectionId(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    @Override
    public String labelKey() {
        return "app.section." + slug;
    }

    public String emptyKey() {
        return "app.section." + slug + ".empty";
    }
}
