package fr.cress.relais.partners.privacy;

import fr.cress.relais.partners.Contact;

import java.time.LocalDate;

/** A contact with no activity since {@code lastActivity}: to review (keep, update, or erase). */
public record InactiveContact(Contact contact, String organisations, LocalDate lastActivity) {
}
