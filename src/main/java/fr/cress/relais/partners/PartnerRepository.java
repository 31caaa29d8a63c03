package fr.cress.relais.partners;

import fr.cress.relais.db.StaleDataException;
import fr.cress.relais.db.generated.tables.records.OrganisationRecord;
import org.jooq.DSLContext;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import static fr.cress.relais.db.generated.Tables.ORGANISATION;

/** Organisations in the store. Deleting moves to the recycle bin ({@code deleted_at}); restoring brings back. */
public final class PartnerRepository {

    private final DSLContext dsl;
    private final Clock clock;

    public PartnerRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    public List<Organisation> findAll() {
        return dsl.selectFrom(ORGANISATION).where(ORGANISATION.DELETED_AT.isNull())
                .orderBy(ORGANISATION.NAME).fetch(PartnerRepository::toOrganisation);
    }

    public Optional<Organisation> find(long id) {
        return dsl.selectFrom(ORGANISATION).where(ORGANISATION.ID.eq(id).and(ORGANISATION.DELETED_AT.isNull()))
                .fetchOptional(PartnerRepository::toOrganisation);
    }

    /** The recycle bin, most recently deleted first. */
    public List<Deleted<Organisation>> findDeleted() {
        return dsl.selectFrom(ORGANISATION).where(ORGANISATION.DELETED_AT.isNotNull())
                .orderBy(ORGANISATION.DELETED_AT.desc())
                .fetch(r -> new Deleted<>(toOrganisation(r), r.getDeletedAt()));
    }

    public Organisation insert(Organisation o) {
        LocalDateTime now = LocalDateTime.now(clock);
        OrganisationRecord r = dsl.newRecord(ORGANISATION);
        fill(r, o);
        r.setCreatedAt(now);
        r.setUpdatedAt(now);
        r.setVersion(0);
        r.store();
        return o.withId(r.getId(), 0, now);
    }

    /** Saves over the stored row only if nobody changed it since {@code o.version()} was read. */
    public Organisation update(Organisation o) {
        LocalDateTime now = LocalDateTime.now(clock);
        int rows = dsl.update(ORGANISATION)
                .set(ORGANISATION.NAME, o.name())
                .set(ORGANISATION.ACRONYM, o.acronym())
                .set(ORGANISATION.KIND, o.kind().name())
                .set(ORGANISATION.LEGAL_FORM, o.legalForm() == null ? null : o.legalForm().name())
                .set(ORGANISATION.ADDRESS, o.address())
                .set(ORGANISATION.POSTAL_CODE, o.postalCode())
                .set(ORGANISATION.TOWN, o.town())
                .set(ORGANISATION.COMMUNE_CODE, o.communeCode())
                .set(ORGANISATION.WEBSITE, o.website())
                .set(ORGANISATION.EMAIL, o.email())
                .set(ORGANISATION.PHONE, o.phone())
                .set(ORGANISATION.TAGS, tags(o))
                .set(ORGANISATION.NOTES, o.notes())
                .set(ORGANISATION.UPDATED_AT, now)
                .set(ORGANISATION.VERSION, o.version() + 1)
                .where(ORGANISATION.ID.eq(o.id()).and(ORGANISATION.VERSION.eq(o.version()))
                        .and(ORGANISATION.DELETED_AT.isNull()))
                .execute();
        StaleDataException.check(rows, o.name());
        return o.withId(o.id(), o.version() + 1, now);
    }

    /** Moves to the recycle bin, if nobody changed it since it was read. */
    public void softDelete(Organisation o) {
        LocalDateTime now = LocalDateTime.now(clock);
        int rows = dsl.update(ORGANISATION)
                .set(ORGANISATION.DELETED_AT, now)
                .set(ORGANISATION.UPDATED_AT, now)
                .set(ORGANISATION.VERSION, o.version() + 1)
                .where(ORGANISATION.ID.eq(o.id()).and(ORGANISATION.VERSION.eq(o.version()))
                        .and(ORGANISATION.DELETED_AT.isNull()))
                .execute();
        StaleDataException.check(rows, o.name());
    }

    /** Takes an organisation out of the recycle bin; returns it as it is now. */
    public Organisation restore(long id) {
        int rows = dsl.update(ORGANISATION)
                .set(ORGANISATION.DELETED_AT, (LocalDateTime) null)
                .set(ORGANISATION.UPDATED_AT, LocalDateTime.now(clock))
                .set(ORGANISATION.VERSION, ORGANISATION.VERSION.plus(1))
                .where(ORGANISATION.ID.eq(id).and(ORGANISATION.DELETED_AT.isNotNull()))
                .execute();
        StaleDataException.check(rows, Long.toString(id));
        return find(id).orElseThrow();
    }

    private static void fill(OrganisationRecord r, Organisation o) {
        r.setName(o.name());
        r.setAcronym(o.acronym());
        r.setKind(o.kind().name());
        r.setLegalForm(o.legalForm() == null ? null : o.legalForm().name());
        r.setAddress(o.address());
        r.setPostalCode(o.postalCode());
        r.setTown(o.town());
        r.setCommuneCode(o.communeCode());
        r.setWebsite(o.website());
        r.setEmail(o.email());
        r.setPhone(o.phone());
        r.setTags(tags(o));
        r.setNotes(o.notes());
    }

    private static String tags(Organisation o) {
        return o.tags().isEmpty() ? null : String.join(";", o.tags());
    }

    static Organisation toOrganisation(OrganisationRecord r) {
        return new Organisation(r.getId(), r.getName(), r.getAcronym(),
                Enums.parse(OrganisationKind.class, r.getKind(), OrganisationKind.OTHER),
                Enums.parse(LegalForm.class, r.getLegalForm(), null),
                r.getAddress(), r.getPostalCode(), r.getTown(), r.getCommuneCode(), r.getWebsite(), r.getEmail(),
                r.getPhone(), Tags.parse(r.getTags()), r.getNotes(), r.getVersion(), r.getUpdatedAt());
    }
}
