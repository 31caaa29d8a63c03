package fr.cress.relais.holders;

import org.jooq.DSLContext;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static fr.cress.relais.db.generated.Tables.CONTACT;
import static fr.cress.relais.db.generated.Tables.ORGANISATION;
import static fr.cress.relais.db.generated.Tables.ORGANISATION_CONTACT;

/** Reads the directory of partners (kept by the partners feature) to choose whom to refer a holder to. */
final class PartnerLookupRepository {

    private final DSLContext dsl;

    PartnerLookupRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Organisations not in the recycle bin, with their current contacts. */
    List<PartnerRef> partners() {
        Map<Long, List<PartnerRef.ContactRef>> contacts = new HashMap<>();
        dsl.select(ORGANISATION_CONTACT.ORGANISATION_ID, CONTACT.ID, CONTACT.FIRST_NAME, CONTACT.LAST_NAME,
                        ORGANISATION_CONTACT.JOB_TITLE, CONTACT.JOB_TITLE, CONTACT.PHONE, CONTACT.EMAIL)
                .from(ORGANISATION_CONTACT)
                .join(CONTACT).on(CONTACT.ID.eq(ORGANISATION_CONTACT.CONTACT_ID))
                .where(CONTACT.DELETED_AT.isNull().and(CONTACT.ANONYMISED.isFalse()))
                .orderBy(CONTACT.ID)
                .forEach(r -> contacts.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(new PartnerRef.ContactRef(r.value2(), personName(r.value3(), r.value4()),
                                r.value5() != null ? r.value5() : r.value6(), r.value7(), r.value8())));
        return dsl.select(ORGANISATION.ID, ORGANISATION.NAME, ORGANISATION.ACRONYM)
                .from(ORGANISATION)
                .where(ORGANISATION.DELETED_AT.isNull())
                .fetch(r -> new PartnerRef(r.value1(), r.value2(), r.value3(),
                        contacts.getOrDefault(r.value1(), List.of())));
    }

    static String personName(String first, String last) {
        if (last == null) {
            return null;
        }
        return first == null || first.isBlank() ? last : first + " " + last;
    }
}
