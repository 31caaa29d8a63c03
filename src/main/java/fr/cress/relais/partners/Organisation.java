package fr.cress.relais.partners;

import java.time.LocalDateTime;
import java.util.List;

/**
 * An organisation of the network (a support network, a funder, an institution...). {@code id} is null
 * until it is saved; {@code version} guards against saving over someone else's change.
 * {@code tags} are kept in the order typed, without duplicates.
 */
public record Organisation(Long id, String name, String acronym, OrganisationKind kind, LegalForm legalForm,
                           String address, String postalCode, String town, String communeCode, String website,
                           String email, String phone, List<String> tags, String notes,
                           int version, LocalDateTime updatedAt) {

    public Organisation {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** A blank organisation, as the form shows it for « Nouvelle organisation ». */
    public static Organisation blank() {
        return new Organisation(null, "", "", OrganisationKind.SUPPORT_NETWORK, null, "", "", "", "", "", "", "",
                List.of(), "", 0, null);
    }

    public boolean isNew() {
        return id == null;
    }

    /** « URSCOP » when there is an acronym, otherwise the name. */
    public String shortName() {
        return acronym != null && !acronym.isBlank() ? acronym : name;
    }

    public Organisation withId(long newId, int newVersion, LocalDateTime when) {
        return new Organisation(newId, name, acronym, kind, legalForm, address, postalCode, town, communeCode,
                website, email, phone, tags, notes, newVersion, when);
    }

    /** The same organisation with its text values trimmed and blank values as null (how the store keeps them). */
    public Organisation normalised() {
        return new Organisation(id, Texts.clean(name), Texts.clean(acronym), kind == null ? OrganisationKind.OTHER : kind,
                legalForm, Texts.clean(address), Texts.clean(postalCode), Texts.clean(town), Texts.clean(communeCode),
                Texts.clean(website), Texts.clean(email), Phones.normaliseOrKeep(phone), Tags.clean(tags),
                Texts.clean(notes), version, updatedAt);
    }

    /** True when both hold the same values (ids, versions and dates aside). */
    public boolean sameContent(Organisation other) {
        Organisation a = normalised();
        Organisation b = other.normalised();
        return new Organisation(null, a.name, a.acronym, a.kind, a.legalForm, a.address, a.postalCode, a.town,
                a.communeCode, a.website, a.email, a.phone, a.tags, a.notes, 0, null)
                .equals(new Organisation(null, b.name, b.acronym, b.kind, b.legalForm, b.address, b.postalCode,
                        b.town, b.communeCode, b.website, b.email, b.phone, b.tags, b.notes, 0, null));
    }
}
