package fr.cress.relais.actions.ui.editor;

import fr.cress.relais.actions.OrganisationRef;
import fr.cress.relais.actions.Programme;
import fr.cress.relais.common.i18n.I18n;
import javafx.util.StringConverter;

/** How records of the actions feature are named in lists and combo boxes. */
public final class Labels {

    private Labels() {
    }

    /** « 2007-2009 · Promotion et développement… ». */
    public static StringConverter<Programme> programme(I18n i18n) {
        return Forms.converter(p -> i18n.t("actions.programme.label", p.years(), p.name()));
    }

    /** « URSCOP — Union régionale des SCOP… ». */
    public static StringConverter<OrganisationRef> organisation() {
        return Forms.converter(o -> o.acronym() == null || o.acronym().isBlank() || o.acronym().equals(o.name())
                ? o.name() : o.label() + " — " + o.name());
    }
}
