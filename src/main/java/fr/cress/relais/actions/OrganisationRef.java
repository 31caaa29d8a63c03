package fr.cress.relais.actions;

/** An organisation as the actions feature shows it: its acronym when it has one, else its name. */
public record OrganisationRef(long id, String name, String acronym) {

    public String label() {
        return acronym == null || acronym.isBlank() ? name : acronym;
    }
}
