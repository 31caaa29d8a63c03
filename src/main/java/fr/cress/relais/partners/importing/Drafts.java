package fr.cress.relais.partners.importing;

import fr.cress.relais.partners.Contact;
import fr.cress.relais.partners.Membership;
import fr.cress.relais.partners.Organisation;
import fr.cress.relais.partners.Tags;
import fr.cress.relais.partners.Texts;
import fr.cress.relais.partners.WorkGroup;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What an import will write, record by record: each draft starts from the stored record (or from nothing
 * for a new one) and takes the non-empty values of the file's rows. Values equal but for case and
 * accents are not changes.
 */
final class Drafts {

    private Drafts() {
    }

    /** An organisation to create or update. */
    static final class Org {
        final int ref;
        final Organisation original;
        Organisation value;
        Long id;

        Org(int ref, Organisation original, Organisation value) {
            this.ref = ref;
            this.original = original;
            this.value = value;
            this.id = original == null ? null : original.id();
        }

        boolean isNew() {
            return original == null;
        }

        boolean changed() {
            return original != null && !original.sameContent(value);
        }

        /** Takes the file's values; the name of a stored organisation never changes (it is how it was found). */
        List<ImportField> merge(Organisation f) {
            List<ImportField> changes = new ArrayList<>();
            Organisation v = value;
            String acronym = text(v.acronym(), f.acronym(), ImportField.ACRONYM, changes);
            var kind = pick(v.kind(), f.kind(), ImportField.KIND, changes);
            var form = pick(v.legalForm(), f.legalForm(), ImportField.LEGAL_FORM, changes);
            String address = text(v.address(), f.address(), ImportField.ADDRESS, changes);
            String postal = text(v.postalCode(), f.postalCode(), ImportField.POSTAL_CODE, changes);
            String town = text(v.town(), f.town(), ImportField.TOWN, changes);
            String insee = text(v.communeCode(), f.communeCode(), ImportField.COMMUNE_CODE, changes);
            String website = text(v.website(), f.website(), ImportField.WEBSITE, changes);
            String email = text(v.email(), f.email(), ImportField.ORG_EMAIL, changes);
            String phone = text(v.phone(), f.phone(), ImportField.ORG_PHONE, changes);
            List<String> tags = new ArrayList<>(v.tags());
            tags.addAll(f.tags());
            List<String> merged = Tags.clean(tags);
            if (merged.size() != v.tags().size()) {
                changes.add(ImportField.TAGS);
            }
            String notes = text(v.notes(), f.notes(), ImportField.ORG_NOTES, changes);
            value = new Organisation(v.id(), v.name(), acronym, kind, form, address, postal, town, insee, website,
                    email, phone, merged, notes, v.version(), v.updatedAt());
            return changes;
        }
    }

    /** A contact to create or update, and the organisations it works for. */
    static final class Person {
        final Contact original;
        Contact value;
        final List<Org> organisations = new ArrayList<>();
        Long id;

        Person(Contact original, Contact value) {
            this.original = original;
            this.value = value;
            this.id = original == null ? null : original.id();
        }

        boolean isNew() {
            return original == null;
        }

        boolean changed(List<Long> organisationIds) {
            return original != null && !original.sameContent(value.withOrganisations(organisationIds));
        }

        List<ImportField> merge(Contact f) {
            List<ImportField> changes = new ArrayList<>();
            Contact v = value;
            String first = text(v.firstName(), f.firstName(), ImportField.FIRST_NAME, changes);
            String last = text(v.lastName(), f.lastName(), ImportField.LAST_NAME, changes);
            String job = text(v.jobTitle(), f.jobTitle(), ImportField.JOB_TITLE, changes);
            String email = text(v.email(), f.email(), ImportField.CONTACT_EMAIL, changes);
            String phone = text(v.phone(), f.phone(), ImportField.CONTACT_PHONE, changes);
            var date = pick(v.consentDate(), f.consentDate(), ImportField.CONSENT_DATE, changes);
            var basis = f.consentBasis() != null ? f.consentBasis() : v.consentBasis();
            value = new Contact(v.id(), first, last, job, email, phone, v.notes(), basis, date, v.anonymised(),
                    v.organisationIds(), v.version(), v.updatedAt());
            return changes;
        }
    }

    /** A membership to create or update, with its representatives. */
    static final class Member {
        final WorkGroup group;
        final Org organisation;
        final Membership original;
        Membership value;
        final List<Person> representatives = new ArrayList<>();

        Member(WorkGroup group, Org organisation, Membership original, Membership value) {
            this.group = group;
            this.organisation = organisation;
            this.original = original;
            this.value = value;
        }

        boolean isNew() {
            return original == null;
        }

        boolean changed(List<Long> representativeIds) {
            if (original == null) {
                return false;
            }
            Membership now = new Membership(original.id(), original.groupId(), original.organisationId(), value.role(),
                    value.joinedOn(), value.leftOn(), original.notes(), representativeIds, original.version());
            return !now.equals(original);
        }
    }

    static String text(String current, String incoming, ImportField field, List<ImportField> changes) {
        String in = Texts.clean(incoming);
        if (in == null || Texts.fold(in).equals(Texts.fold(Texts.clean(current)))) {
            return current;
        }
        changes.add(field);
        return in;
    }

    static <T> T pick(T current, T incoming, ImportField field, List<ImportField> changes) {
        if (incoming == null || Objects.equals(current, incoming)) {
            return current;
        }
        changes.add(field);
        return incoming;
    }
}
