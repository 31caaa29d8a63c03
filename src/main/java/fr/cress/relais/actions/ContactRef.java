package fr.cress.relais.actions;

/** A contact person, with the organisation they belong to (if any). */
public record ContactRef(long id, String fullName, Long organisationId, String organisationLabel) {

    /** « Sophie Marie (ARDES) ». */
    public String label() {
        return organisationLabel == null ? fullName : fullName + " (" + organisationLabel + ")";
    }
}
