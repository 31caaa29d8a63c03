package fr.cress.relais.partners.ui;

import javafx.scene.control.Tab;

/** One tab of the section (organisations, contacts, groups): what the section's shortcuts ask of it. */
interface PartnersTab {

    Tab tab();

    /** Ctrl+N. */
    void create();

    /** Ctrl+S. */
    void save();

    /** Ctrl+F. */
    void focusFilter();

    /** Asks before losing unsaved edits; false keeps the user on them. */
    boolean canLeave();

    /** Shows a record by id, if this tab holds it. */
    default boolean select(long id) {
        return false;
    }
}
