package fr.cress.relais.partners.export;

import fr.cress.relais.common.text.Formats;
import fr.cress.relais.partners.Contact;
import fr.cress.relais.partners.Directory;
import fr.cress.relais.partners.Membership;
import fr.cress.relais.partners.Organisation;
import fr.cress.relais.partners.Texts;
import fr.cress.relais.partners.WorkGroup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The directory sorted the French way, with the lookups the rows need. */
final class DirectoryTables {

    private final Clock clock;
    final List<Organisation> organisations;
    final List<Contact> contacts;
    final List<Membership> memberships;
    final Map<Long, Organisation> organisationsById;
    final Map<Long, WorkGroup> groupsById;
    final Map<Long, Contact> contactsById;
    final Map<Long, List<Contact>> contactsByOrganisation;
    final Map<Long, List<Membership>> membershipsByOrganisation;

    DirectoryTables(Directory d, Clock clock) {
        this.clock = clock;
        Comparator<String> french = Formats.frenchOrder();
        organisations = d.organisations().stream().sorted(Comparator.comparing(Organisation::name, french)).toList();
        contacts = d.contacts().stream().sorted(Comparator.comparing(Contact::sortName, french)).toList();
        organisationsById = d.organisationsById();
        groupsById = d.groupsById();
        contactsById = d.contactsById();
        contactsByOrganisation = d.contactsByOrganisation();
        membershipsByOrganisation = d.membershipsByOrganisation();
        memberships = d.memberships().stream()
                .sorted(Comparator.comparing((Membership m) -> m.groupId())
                        .thenComparing(m -> organisationsById.get(m.organisationId()).name(), french))
                .toList();
    }

    String currentGroups(long organisationId) {
        LocalDate today = LocalDate.now(clock);
        return membershipsByOrganisation.getOrDefault(organisationId, List.of()).stream()
                .filter(m -> m.activeOn(today)).map(m -> groupsById.get(m.groupId()))
                .filter(java.util.Objects::nonNull).map(WorkGroup::name).distinct().collect(Collectors.joining(" ; "));
    }

    String contactNames(long organisationId) {
        return contactsByOrganisation.getOrDefault(organisationId, List.of()).stream()
                .map(Contact::fullName).collect(Collectors.joining(", "));
    }

    String organisationNames(Contact c) {
        return c.organisationIds().stream().map(organisationsById::get).filter(java.util.Objects::nonNull)
                .map(Organisation::name).collect(Collectors.joining(", "));
    }

    String representativeNames(Membership m) {
        return m.representativeIds().stream().map(contactsById::get).filter(java.util.Objects::nonNull)
                .map(Contact::fullName).map(Texts::clean).collect(Collectors.joining(", "));
    }
}
