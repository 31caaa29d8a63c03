package fr.cress.relais.partners;

import fr.cress.relais.db.StaleDataException;
import fr.cress.relais.db.generated.tables.records.ContactRecord;
import org.jooq.DSLContext;
import org.jooq.Record2;

import java.time.LocalDateTime;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static fr.cress.relais.db.generated.Tables.CONTACT;
import static fr.cress.relais.db.generated.Tables.ORGANISATION_CONTACT;

/**
 * Contacts and the organisations they work for. Deleting moves to the recycle bin; erasing (RGPD)
 * anonymises the row so that history pointing to it stays whole.
 */
public final class ContactRepository {

    private final DSLContext dsl;
    private final Clock clock;

    public ContactRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** Contacts not in the recycle bin; anonymised placeholders only when asked. */
    public List<Contact> findAll(boolean withAnonymised) {
        Map<Long, List<Long>> links = links();
        var condition = CONTACT.DELETED_AT.isNull();
        if (!withAnonymised) {
            condition = condition.and(CONTACT.ANONYMISED.isFalse());
        }
        return dsl.selectFrom(CONTACT).where(condition).orderBy(CONTACT.LAST_NAME, CONTACT.FIRST_NAME)
                .fetch(r -> toContact(r, links.getOrDefault(r.getId(), List.of())));
    }

    /** The contacts (not in the recycle bin nor anonymised) of these organisations, in the order of findAll. */
    public List<Contact> findOfOrganisations(java.util.Collection<Long> organisationIds) {
        Map<Long, List<Long>> links = new HashMap<>();
        var ofThem = dsl.select(ORGANISATION_CONTACT.CONTACT_ID).from(ORGANISATION_CONTACT)
                .where(ORGANISATION_CONTACT.ORGANISATION_ID.in(organisationIds));
        for (Record2<Long, Long> r : dsl.select(ORGANISATION_CONTACT.CONTACT_ID, ORGANISATION_CONTACT.ORGANISATION_ID)
                .from(ORGANISATION_CONTACT).where(ORGANISATION_CONTACT.CONTACT_ID.in(ofThem))
                .orderBy(ORGANISATION_CONTACT.ID).fetch()) {
            links.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2());
        }
        return dsl.selectFrom(CONTACT).where(CONTACT.DELETED_AT.isNull().and(CONTACT.ANONYMISED.isFalse())
                        .and(CONTACT.ID.in(links.keySet()))).orderBy(CONTACT.LAST_NAME, CONTACT.FIRST_NAME)
                .fetch(r -> toContact(r, links.get(r.getId())));
    }

    public Optional<Contact> find(long id) {
        return dsl.selectFrom(CONTACT).where(CONTACT.ID.eq(id).and(CONTACT.DELETED_AT.isNull()))
                .fetchOptional(r -> toContact(r, organisationsOf(id)));
    }

    public List<Deleted<Contact>> findDeleted() {
        Map<Long, List<Long>> links = links();
        return dsl.selectFrom(CONTACT).where(CONTACT.DELETED_AT.isNotNull()).orderBy(CONTACT.DELETED_AT.desc())
                .fetch(r -> new Deleted<>(toContact(r, links.getOrDefault(r.getId(), List.of())), r.getDeletedAt()));
    }

    public Contact insert(Contact c) {
        LocalDateTime now = LocalDateTime.now(clock);
        ContactRecord r = dsl.newRecord(CONTACT);
        fill(r, c);
        r.setCreatedAt(now);
        r.setUpdatedAt(now);
        r.setVersion(0);
        r.store();
        replaceLinks(r.getId(), c);
        return c.withId(r.getId(), 0, now);
    }

    public Contact update(Contact c) {
        LocalDateTime now = LocalDateTime.now(clock);
        int rows = dsl.update(CONTACT)
                .set(CONTACT.FIRST_NAME, c.firstName())
                .set(CONTACT.LAST_NAME, c.lastName())
                .set(CONTACT.JOB_TITLE, c.jobTitle())
                .set(CONTACT.EMAIL, c.email())
                .set(CONTACT.PHONE, c.phone())
                .set(CONTACT.NOTES, c.notes())
                .set(CONTACT.CONSENT_BASIS, c.consentBasis() == null ? null : c.consentBasis().name())
                .set(CONTACT.CONSENT_DATE, c.consentDate())
                .set(CONTACT.UPDATED_AT, now)
                .set(CONTACT.VERSION, c.version() + 1)
                .where(CONTACT.ID.eq(c.id()).and(CONTACT.VERSION.eq(c.version())).and(CONTACT.DELETED_AT.isNull()))
                .execute();
        StaleDataException.check(rows, c.fullName());
        replaceLinks(c.id(), c);
        return c.withId(c.id(), c.version() + 1, now);
    }

    public void softDelete(Contact c) {
        LocalDateTime now = LocalDateTime.now(clock);
        int rows = dsl.update(CONTACT)
                .set(CONTACT.DELETED_AT, now)
                .set(CONTACT.UPDATED_AT, now)
                .set(CONTACT.VERSION, c.version() + 1)
                .where(CONTACT.ID.eq(c.id()).and(CONTACT.VERSION.eq(c.version())).and(CONTACT.DELETED_AT.isNull()))
                .execute();
        StaleDataException.check(rows, c.fullName());
    }

    public Contact restore(long id) {
        int rows = dsl.update(CONTACT)
                .set(CONTACT.DELETED_AT, (LocalDateTime) null)
                .set(CONTACT.UPDATED_AT, LocalDateTime.now(clock))
                .set(CONTACT.VERSION, CONTACT.VERSION.plus(1))
                .where(CONTACT.ID.eq(id).and(CONTACT.DELETED_AT.isNotNull()))
                .execute();
        StaleDataException.check(rows, Long.toString(id));
        return find(id).orElseThrow();
    }

    /**
     * Erases what identifies the person: names replaced by {@code placeholder}, e-mail, phone, notes and
     * consent cleared, links to organisations removed. The row stays for the history pointing to it.
     */
    public void anonymise(Contact c, String placeholder) {
        int rows = dsl.update(CONTACT)
                .set(CONTACT.FIRST_NAME, (String) null)
                .set(CONTACT.LAST_NAME, placeholder)
                .set(CONTACT.JOB_TITLE, (String) null)
                .set(CONTACT.EMAIL, (String) null)
                .set(CONTACT.PHONE, (String) null)
                .set(CONTACT.NOTES, (String) null)
                .set(CONTACT.CONSENT_BASIS, (String) null)
                .set(CONTACT.CONSENT_DATE, (java.time.LocalDate) null)
                .set(CONTACT.ANONYMISED, true)
                .set(CONTACT.UPDATED_AT, LocalDateTime.now(clock))
                .set(CONTACT.VERSION, c.version() + 1)
                .where(CONTACT.ID.eq(c.id()).and(CONTACT.VERSION.eq(c.version())))
                .execute();
        StaleDataException.check(rows, c.fullName());
        dsl.deleteFrom(ORGANISATION_CONTACT).where(ORGANISATION_CONTACT.CONTACT_ID.eq(c.id())).execute();
    }

    /** When each contact was last changed (their own row), by id: one source of « activity ». */
    public Map<Long, LocalDateTime> lastUpdates() {
        Map<Long, LocalDateTime> result = new HashMap<>();
        dsl.select(CONTACT.ID, CONTACT.UPDATED_AT).from(CONTACT)
                .where(CONTACT.DELETED_AT.isNull().and(CONTACT.ANONYMISED.isFalse()))
                .forEach(r -> result.put(r.value1(), r.value2()));
        return result;
    }

    private void replaceLinks(long contactId, Contact c) {
        List<Long> wanted = c.organisationIds();
        dsl.deleteFrom(ORGANISATION_CONTACT).where(ORGANISATION_CONTACT.CONTACT_ID.eq(contactId)
                .and(wanted.isEmpty() ? org.jooq.impl.DSL.trueCondition()
                        : ORGANISATION_CONTACT.ORGANISATION_ID.notIn(wanted))).execute();
        List<Long> existing = organisationsOf(contactId);
        LocalDateTime now = LocalDateTime.now(clock);
        for (Long orgId : wanted) {
            if (existing.contains(orgId)) {
                dsl.update(ORGANISATION_CONTACT).set(ORGANISATION_CONTACT.JOB_TITLE, c.jobTitle())
                        .where(ORGANISATION_CONTACT.CONTACT_ID.eq(contactId)
                                .and(ORGANISATION_CONTACT.ORGANISATION_ID.eq(orgId))
                                .and(ORGANISATION_CONTACT.JOB_TITLE.isDistinctFrom(c.jobTitle())))
                        .execute();
            } else {
                dsl.insertInto(ORGANISATION_CONTACT)
                        .set(ORGANISATION_CONTACT.ORGANISATION_ID, orgId)
                        .set(ORGANISATION_CONTACT.CONTACT_ID, contactId)
                        .set(ORGANISATION_CONTACT.JOB_TITLE, c.jobTitle())
                        .set(ORGANISATION_CONTACT.CREATED_AT, now)
                        .set(ORGANISATION_CONTACT.UPDATED_AT, now)
                        .execute();
            }
        }
    }

    private List<Long> organisationsOf(long contactId) {
        return dsl.select(ORGANISATION_CONTACT.ORGANISATION_ID).from(ORGANISATION_CONTACT)
                .where(ORGANISATION_CONTACT.CONTACT_ID.eq(contactId)).orderBy(ORGANISATION_CONTACT.ID)
                .fetch(ORGANISATION_CONTACT.ORGANISATION_ID);
    }

    private Map<Long, List<Long>> links() {
        Map<Long, List<Long>> links = new HashMap<>();
        for (Record2<Long, Long> r : dsl.select(ORGANISATION_CONTACT.CONTACT_ID, ORGANISATION_CONTACT.ORGANISATION_ID)
                .from(ORGANISATION_CONTACT).orderBy(ORGANISATION_CONTACT.ID).fetch()) {
            links.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2());
        }
        return links;
    }

    private static void fill(ContactRecord r, Contact c) {
        r.setFirstName(c.firstName());
        r.setLastName(c.lastName());
        r.setJobTitle(c.jobTitle());
        r.setEmail(c.email());
        r.setPhone(c.phone());
        r.setNotes(c.notes());
        r.setConsentBasis(c.consentBasis() == null ? null : c.consentBasis().name());
        r.setConsentDate(c.consentDate());
        r.setAnonymised(c.anonymised());
    }

    private static Contact toContact(ContactRecord r, List<Long> organisations) {
        return new Contact(r.getId(), r.getFirstName(), r.getLastName(), r.getJobTitle(), r.getEmail(), r.getPhone(),
                r.getNotes(), Enums.parse(ConsentBasis.class, r.getConsentBasis(), null), r.getConsentDate(),
                Boolean.TRUE.equals(r.getAnonymised()), organisations, r.getVersion(), r.getUpdatedAt());
    }
}
