package fr.cress.relais.common.ui;

/** What the user chose in the conflict dialog. */
public enum ConflictChoice {
    /** Show their version in the form; the user's typed values are dropped. */
    RELOAD,
    /** Save the user's values over theirs, deliberately. */
    OVERWRITE,
    /** Close the dialog: the form keeps the user's values, nothing is saved. */
    KEEP_EDITING
}
