package fr.cress.relais.holders;

/** A commune of the territory reference, with its EPCI and departement, as holders need it. */
public record CommuneRef(String code, String name, String departementCode, String departementName,
                         String epciCode, String epciName, Double lat, Double lon) {

    /** « Domfront en Poiraie (61145) ». */
    public String label() {
        return name + " (" + code + ")";
    }
}
