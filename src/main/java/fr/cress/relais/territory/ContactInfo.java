package fr.cress.relais.territory;

/** The main contact of an organisation as the offer shows it: a person's name, phone and e-mail (each may be null). */
public record ContactInfo(String name, String phone, String email) {
}
