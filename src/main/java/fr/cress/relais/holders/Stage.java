package fr.cress.relais.holders;

import fr.cress.relais.common.i18n.Labelled;

/** How far a project has come when the CRESS meets it. */
public enum Stage implements Labelled {
    IDEE,
    EMERGENCE,
    CREATION,
    DEVELOPPEMENT;

    @Override
    public String labelKey() {
        return "holders.stage." + name();
    }
}
