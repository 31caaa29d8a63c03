package fr.cress.relais.partners.importing;

import fr.cress.relais.common.i18n.I18n;

import java.util.List;
import java.util.stream.Collectors;

/** One row of the preview: its line in the file, what importing it will do, and why. */
public record PlannedRow(long line, RowStatus status, String label, List<ImportNote> notes) {

    public PlannedRow {
        notes = List.copyOf(notes);
    }

    /** The reasons in a sentence (French typography: a narrow no-break space before the semicolon). */
    public String reasons(I18n i18n) {
        String separator = "fr".equals(i18n.locale().getLanguage()) ? "\u202F; " : "; ";
        return notes.stream().map(n -> n.text(i18n)).collect(Collectors.joining(separator));
    }
}
