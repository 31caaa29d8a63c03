package fr.cress.relais.common.ui;

import fr.cress.relais.common.i18n.I18n;

import java.util.Locale;
import java.util.Map;

/**
 * The words for a field or a column shown in the conflict dialog and in the history: « Commune » for
 * {@code town}; a column without a label of its own is shown by its name.
 */
public final class FieldLabels {

    private static final Map<String, String> KEYS = Map.ofEntries(
            Map.entry("name", "team.field.name"),
            Map.entry("title", "team.field.title"),
            Map.entry("acronym", "team.field.acronym"),
            Map.entry("kind", "team.field.kind"),
            Map.entry("legal_form", "team.field.legal_form"),
            Map.entry("address", "team.field.address"),
            Map.entry("postal_code", "team.field.postal_code"),
            Map.entry("town", "team.field.town"),
            Map.entry("commune_code", "team.field.commune_code"),
            Map.entry("website", "team.field.website"),
            Map.entry("email", "team.field.email"),
            Map.entry("phone", "team.field.phone"),
            Map.entry("tags", "team.field.tags"),
            Map.entry("notes", "team.field.notes"),
            Map.entry("first_name", "team.field.first_name"),
            Map.entry("last_name", "team.field.last_name"),
            Map.entry("job_title", "team.field.job_title"),
            Map.entry("consent_basis", "team.field.consent_basis"),
            Map.entry("consent_date", "team.field.consent_date"),
            Map.entry("anonymised", "team.field.anonymised"),
            Map.entry("deleted_at", "team.field.deleted_at"),
            Map.entry("description", "team.field.description"),
            Map.entry("status", "team.field.status"),
            Map.entry("place", "team.field.place"),
            Map.entry("starts_at", "team.field.starts_at"),
            Map.entry("ends_at", "team.field.ends_at"),
            Map.entry("video_link", "team.field.video_link"),
            Map.entry("start_date", "team.field.start_date"),
            Map.entry("end_date", "team.field.end_date"),
            Map.entry("start_year", "team.field.start_year"),
            Map.entry("end_year", "team.field.end_year"),
            Map.entry("results", "team.field.results"),
            Map.entry("display_name", "team.field.display_name"),
            Map.entry("project_name", "team.field.project_name"),
            Map.entry("project_summary", "team.field.project_summary"),
            Map.entry("sector", "team.field.sector"),
            Map.entry("stage", "team.field.stage"),
            Map.entry("first_contact_on", "team.field.first_contact_on"),
            Map.entry("first_contact_channel", "team.field.first_contact_channel"),
            Map.entry("collective", "team.field.collective"),
            Map.entry("group_id", "team.field.group_id"),
            Map.entry("organisation_id", "team.field.organisation_id"),
            Map.entry("contact_id", "team.field.contact_id"),
            Map.entry("minutes_text", "team.field.minutes_text"),
            Map.entry("due_date", "team.field.due_date"),
            Map.entry("outcome", "team.field.outcome"),
            Map.entry("reason", "team.field.reason"),
            Map.entry("attendance", "team.field.attendance"),
            Map.entry("rank", "team.field.rank"));

    private final I18n i18n;

    public FieldLabels(I18n i18n) {
        this.i18n = i18n;
    }

    /** The label of a column ({@code postal_code}) or of a record component ({@code postalCode}). */
    public String label(String name) {
        String key = KEYS.get(snake(name));
        return key == null ? snake(name).replace('_', ' ') : i18n.t(key);
    }

    static String snake(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
