package fr.cress.relais.partners;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A person of the network. {@code organisationIds} are the organisations they work for (the first one is
 * their main one). {@code consentBasis} and {@code consentDate} say why Relais may keep their data (RGPD).
 * An anonymised contact is the placeholder left by an erasure: history keeps pointing to it.
 */
public record Contact(Long id, String firstName, String lastName, String jobTitle, String email, String phone,
                      String notes, ConsentBasis consentBasis, LocalDate consentDate, boolean anonymised,
                      List<Long> organisationIds, int version, LocalDateTime updatedAt) {

    public Contact {
        organisationIds = organisationIds == null ? List.of() : List.copyOf(organisationIds);
    }

    public static Contact blank() {
        return new Contact(null, "", "", "", "", "", "", ConsentBasis.LEGITIMATE_INTEREST, null, false,
                List.of(), 0, null);
    }

    public boolean isNew() {
        return id == null;
    }

    /** « Claire Lemonnier ». */
    public String fullName() {
        return Texts.join(" ", firstName, lastName);
    }

    /** « Lemonnier Claire », for sorting and lists. */
    public String sortName() {
        return Texts.join(" ", lastName, firstName);
    }

    public Contact withId(long newId, int newVersion, LocalDateTime when) {
        return new Contact(newId, firstName, lastName, jobTitle, email, phone, notes, consentBasis, consentDate,
                anonymised, organisationIds, newVersion, when);
    }

    public Contact withOrganisations(List<Long> ids) {
        return new Contact(id, firstName, lastName, jobTitle, email, phone, notes, consentBasis, consentDate,
                anonymised, ids, version, updatedAt);
    }

    public Contact normalised() {
        return new Contact(id, Texts.clean(firstName), Texts.clean(lastName), Texts.clean(jobTitle),
                Texts.clean(email), Phones.normaliseOrKeep(phone), Texts.clean(notes), consentBasis, consentDate,
                anonymised, organisationIds.stream().distinct().toList(), version, updatedAt);
    }

    /** True when both hold the same values (ids, versions and dates aside). */
    public boolean sameContent(Contact other) {
        Contact a = normalised();
        Contact b = other.normalised();
        return new Contact(null, a.firstName, a.lastName, a.jobTitle, a.email, a.phone, a.notes, a.consentBasis,
                a.consentDate, a.anonymised, a.organisationIds, 0, null)
                .equals(new Contact(null, b.firstName, b.lastName, b.jobTitle, b.email, b.phone, b.notes,
                        b.consentBasis, b.consentDate, b.anonymised, b.organisationIds, 0, null));
    }
}
