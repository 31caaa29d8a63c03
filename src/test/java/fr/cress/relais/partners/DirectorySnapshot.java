package fr.cress.relais.partners;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The directory as comparable text, ids and timestamps left out: two stores holding the same things give equal sets. */
public final class DirectorySnapshot {

    private DirectorySnapshot() {
    }

    public static Set<String> of(Directory d) {
        Map<Long, Organisation> orgs = d.organisationsById();
        Map<Long, Contact> contacts = d.contactsById();
        Map<Long, WorkGroup> groups = d.groupsById();
        Set<String> lines = new TreeSet<>();
        for (Organisation o : d.organisations()) {
            lines.add(String.join("|", "org", o.name(), s(o.acronym()), s(o.kind()), s(o.legalForm()), s(o.address()),
                    s(o.postalCode()), s(o.town()), s(o.communeCode()), s(o.website()), s(o.email()), s(o.phone()),
                    String.join(";", o.tags()), s(o.notes())));
        }
        for (Contact c : d.contacts()) {
            lines.add(String.join("|", "contact", s(c.firstName()), s(c.lastName()), s(c.jobTitle()), s(c.email()),
                    s(c.phone()), s(c.notes()), s(c.consentBasis()), s(c.consentDate()),
                    c.organisationIds().stream().map(id -> orgs.get(id).name()).sorted().collect(Collectors.joining(","))));
        }
        for (Membership m : d.memberships()) {
            lines.add(String.join("|", "member", groups.get(m.groupId()).name(), orgs.get(m.organisationId()).name(),
                    s(m.role()), s(m.joinedOn()), s(m.leftOn()), s(m.notes()),
                    m.representativeIds().stream().map(id -> contacts.get(id).fullName()).sorted()
                            .collect(Collectors.joining(","))));
        }
        return lines;
    }

    private static String s(Object value) {
        return Objects.toString(value, "");
    }
}
