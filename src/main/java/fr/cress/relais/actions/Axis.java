package fr.cress.relais.actions;

/** An axis of a programme (« Axe 1 : … »). */
public record Axis(Long id, long programmeId, int number, String title, String description, int version) {

    /** The reference shown in lists and in the bilan: « 1 ». */
    public String ref() {
        return Integer.toString(number);
    }
}
