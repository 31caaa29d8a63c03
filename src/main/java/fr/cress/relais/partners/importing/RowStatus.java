package fr.cress.relais.partners.importing;

import fr.cress.relais.common.i18n.Labelled;

/** What importing a row will do. */
public enum RowStatus implements Labelled {
    /** Creates an organisation, a contact or a membership. */
    NEW,
    /** Changes an organisation, a contact or a membership already in the directory. */
    UPDATE,
    /** Brings nothing new: a repeated row, or what the directory already holds. Skipped. */
    DUPLICATE,
    /** Cannot be imported as it is. */
    ERROR;

    @Override
    public String labelKey() {
        return "partners.import.status." + name();
    }
}
