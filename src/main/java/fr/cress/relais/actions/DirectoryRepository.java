package fr.cress.relais.actions;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.util.List;

import static fr.cress.relais.db.generated.Tables.CONTACT;
import static fr.cress.relais.db.generated.Tables.ORGANISATION;
import static fr.cress.relais.db.generated.Tables.ORGANISATION_CONTACT;

/**
 * Read-only view of the partners' directory (organisations and contacts) as the actions feature needs it:
 * names and acronyms to show and choose from. Organisations and contacts in the recycle bin are left out.
 */
public final class DirectoryRepository {

    private final DSLContext dsl;

    public DirectoryRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every organisation of the directory (deleted ones included when {@code withDeleted}). */
    public List<OrganisationRef> organisations(boolean withDeleted) {
        return dsl.select(ORGANISATION.ID, ORGANISATION.NAME, ORGANISATION.ACRONYM).from(ORGANISATION)
                .where(withDeleted ? DSL.noCondition() : ORGANISATION.DELETED_AT.isNull())
                .orderBy(ORGANISATION.NAME)
                .fetch(r -> new OrganisationRef(r.value1(), r.value2(), r.value3()));
    }

    /** Organisations in the recycle bin. */
    public java.util.Set<Long> deletedOrganisations() {
        return new java.util.HashSet<>(dsl.select(ORGANISATION.ID).from(ORGANISATION)
                .where(ORGANISATION.DELETED_AT.isNotNull()).fetch(ORGANISATION.ID));
    }

    /**
     * Every contact not deleted nor anonymised, with the first organisation they belong to (the smallest id among
     * their memberships). The memberships are read in one grouped pass rather than one sub-query per contact.
     */
    public List<ContactRef> contacts() {
        java.util.Map<Long, Long> firstOrg = new java.util.HashMap<>();
        dsl.select(ORGANISATION_CONTACT.CONTACT_ID, DSL.min(ORGANISATION_CONTACT.ORGANISATION_ID))
                .from(ORGANISATION_CONTACT).groupBy(ORGANISATION_CONTACT.CONTACT_ID)
                .forEach(r -> firstOrg.put(r.value1(), toLong(r.value2())));
        return dsl.select(CONTACT.ID, CONTACT.FIRST_NAME, CONTACT.LAST_NAME).from(CONTACT)
                .where(CONTACT.DELETED_AT.isNull().and(CONTACT.ANONYMISED.isFalse()))
                .orderBy(CONTACT.LAST_NAME, CONTACT.FIRST_NAME)
                .fetch(r -> new ContactRef(r.value1(), fullName(r.value2(), r.value3()), firstOrg.get(r.value1()), null));
    }

    private static Long toLong(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    private static String fullName(String first, String last) {
        return first == null || first.isBlank() ? last : first + " " + last;
    }
}
