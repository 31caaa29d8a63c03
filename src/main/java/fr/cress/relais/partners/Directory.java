package fr.cress.relais.partners;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Everything the directory holds at one moment (recycle bin aside): what the lists and exports show. */
public record Directory(List<Organisation> organisations, List<Contact> contacts, List<WorkGroup> groups,
                        List<Membership> memberships) {

    public Directory {
        organisations = List.copyOf(organisations);
        contacts = List.copyOf(contacts);
        groups = List.copyOf(groups);
        memberships = List.copyOf(memberships);
    }

    public Map<Long, Organisation> organisationsById() {
        return organisations.stream().collect(Collectors.toMap(Organisation::id, Function.identity()));
    }

    public Map<Long, Contact> contactsById() {
        return contacts.stream().collect(Collectors.toMap(Contact::id, Function.identity()));
    }

    public Map<Long, WorkGroup> groupsById() {
        return groups.stream().collect(Collectors.toMap(WorkGroup::id, Function.identity()));
    }

    public Optional<Organisation> organisation(long id) {
        return organisations.stream().filter(o -> o.id() == id).findFirst();
    }

    /** Contacts of each organisation, by organisation id. */
    public Map<Long, List<Contact>> contactsByOrganisation() {
        Map<Long, List<Contact>> result = new java.util.HashMap<>();
        for (Contact contact : contacts) {
            for (Long orgId : contact.organisationIds()) {
                result.computeIfAbsent(orgId, k -> new java.util.ArrayList<>()).add(contact);
            }
        }
        return result;
    }

    /** Memberships of each organisation, by organisation id. */
    public Map<Long, List<Membership>> membershipsByOrganisation() {
        return memberships.stream().collect(Collectors.groupingBy(Membership::organisationId));
    }

    /** The part of the directory about these organisations: them, their contacts, their memberships. */
    public Directory withOrganisations(java.util.Set<Long> organisationIds) {
        return new Directory(organisations.stream().filter(o -> organisationIds.contains(o.id())).toList(),
                contacts.stream().filter(c -> c.organisationIds().stream().anyMatch(organisationIds::contains)).toList(),
                groups,
                memberships.stream().filter(m -> organisationIds.contains(m.organisationId())).toList());
    }

    /** The part of the directory about these contacts: them, their organisations, memberships they represent. */
    public Directory withContacts(java.util.Set<Long> contactIds) {
        List<Contact> chosen = contacts.stream().filter(c -> contactIds.contains(c.id())).toList();
        java.util.Set<Long> orgIds = chosen.stream().flatMap(c -> c.organisationIds().stream())
                .collect(Collectors.toSet());
        return new Directory(organisations.stream().filter(o -> orgIds.contains(o.id())).toList(), chosen, groups,
                memberships.stream().filter(m -> m.representativeIds().stream().anyMatch(contactIds::contains)).toList());
    }
}
