package fr.cress.relais.meetings;

/**
 * A person (or an organisation) invited to a meeting, with their attendance. People outside the directory
 * are « invités ponctuels »: {@code guestName}, {@code guestOrganisation}, {@code guestEmail}.
 */
public record Invitee(long id, long meetingId, Long organisationId, String organisationName, Long contactId,
                      String contactName, String contactEmail, Attendance attendance, Long representedById,
                      String representedByName, String guestName, String guestOrganisation, String guestEmail,
                      int version) {

    /** The person's name, or empty when only an organisation was invited. */
    public String personName() {
        if (contactName != null) {
            return contactName;
        }
        return guestName == null ? "" : guestName;
    }

    /** The organisation shown for this invitee (a directory one or the guest's own). */
    public String organisationLabel() {
        if (organisationName != null) {
            return organisationName;
        }
        return guestOrganisation == null ? "" : guestOrganisation;
    }

    /** Where the invitation goes, or null. */
    public String email() {
        String email = contactEmail != null && !contactEmail.isBlank() ? contactEmail : guestEmail;
        return email == null || email.isBlank() ? null : email.strip();
    }

    /** The key that groups invitees by organisation (the person's name for a guest with none). */
    public String organisationKey() {
        String label = organisationLabel();
        return label.isEmpty() ? personName() : label;
    }
}
