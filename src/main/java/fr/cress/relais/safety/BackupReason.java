package fr.cress.relais.safety;

import fr.cress.relais.common.i18n.Labelled;

/** Why a backup was taken; the slug ends its file name ({@code relais-2026-11-26-1030-fermeture.zip}). */
public enum BackupReason implements Labelled {
    BEFORE_MIGRATION("avant-migration"),
    AT_EXIT("fermeture"),
    MANUAL("manuelle"),
    BEFORE_RESTORE("avant-restauration");

    private final String slug;

    BackupReason(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    /** Automatic backups are rotated; manual ones are kept until the user deletes them. */
    public boolean automatic() {
        return this != MANUAL;
    }

    @Override
    public String labelKey() {
        return "safety.backup.reason." + name();
    }
}
