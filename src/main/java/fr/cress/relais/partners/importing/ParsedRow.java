package fr.cress.relais.partners.importing;

import fr.cress.relais.partners.Contact;
import fr.cress.relais.partners.MemberRole;
import fr.cress.relais.partners.Organisation;

import java.time.LocalDate;
import java.util.List;

/**
 * One row of an imported file, read and checked: the organisation it names (fields absent from the file
 * are null, kind included), the contact if the row names a person, the group membership if it gives one,
 * and what is wrong with it. {@code line} is the row's number in the file.
 */
public record ParsedRow(long line, Organisation organisation, Contact contact, GroupLine membership,
                        List<ImportNote> errors) {

    public ParsedRow {
        errors = List.copyOf(errors);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** « membre du groupe X depuis ... » as read from the row; role null when the file does not say. */
    public record GroupLine(String group, MemberRole role, LocalDate joinedOn, LocalDate leftOn) {
    }
}
