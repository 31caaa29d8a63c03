package fr.cress.relais.territory;

/**
 * An organisation as the territory feature reads it (read-only): name, acronym, kind
 * ({@code OrganisationKind} name) and the commune of its address, if known.
 */
public record OrganisationRef(long id, String name, String acronym, String kind, String communeCode) {

    /** The acronym when there is one, else the name. */
    public String shortName() {
        return acronym == null || acronym.isBlank() ? name : acronym;
    }
}
