package fr.cress.relais.partners.ui;

import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.partners.Contact;
import fr.cress.relais.partners.Directory;
import fr.cress.relais.partners.Membership;
import fr.cress.relais.partners.Organisation;
import fr.cress.relais.partners.OrganisationKind;
import fr.cress.relais.partners.Texts;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** Builds the rows of the lists from the directory, off the JavaFX thread (folding and collation keys cost). */
public final class DirectoryRows {

    private final I18n i18n;

    public DirectoryRows(I18n i18n) {
        this.i18n = i18n;
    }

    public List<OrganisationRow> organisations(Directory d, LocalDate today) {
        Map<Long, List<Contact>> contacts = d.contactsByOrganisation();
        Map<Long, List<Membership>> memberships = d.membershipsByOrganisation();
        return d.organisations().stream().map(o -> organisation(o,
                contacts.getOrDefault(o.id(), List.of()), currentGroups(memberships.get(o.id()), today))).toList();
    }

    public OrganisationRow organisation(Organisation o, List<Contact> contacts, Set<Long> groups) {
        String names = contacts.stream().map(Contact::fullName).collect(Collectors.joining(", "));
        String kind = i18n.label(o.kind());
        String search = Texts.fold(String.join(" ", Objects.toString(o.name(), ""), Objects.toString(o.acronym(), ""),
                Objects.toString(o.town(), ""), String.join(" ", o.tags()), names, kind));
        return new OrganisationRow(o, text(o.name()), text(o.acronym()), text(kind), text(o.town()), names, groups,
                search);
    }

    public List<ContactRow> contacts(Directory d, LocalDate today) {
        Map<Long, Organisation> organisations = d.organisationsById();
        Map<Long, List<Membership>> memberships = d.membershipsByOrganisation();
        return d.contacts().stream().map(c -> {
            List<Organisation> orgs = c.organisationIds().stream().map(organisations::get).filter(Objects::nonNull).toList();
            Set<Long> groups = new HashSet<>();
            orgs.forEach(o -> groups.addAll(currentGroups(memberships.get(o.id()), today)));
            return contact(c, orgs, groups);
        }).toList();
    }

    public ContactRow contact(Contact c, List<Organisation> orgs, Set<Long> groups) {
        String orgNames = orgs.stream().map(Organisation::shortName).collect(Collectors.joining(", "));
        Set<OrganisationKind> kinds = orgs.stream().map(Organisation::kind).collect(Collectors.toSet());
        Set<String> towns = orgs.stream().map(o -> Texts.fold(o.town())).collect(Collectors.toSet());
        String search = Texts.fold(String.join(" ", c.fullName(), orgNames,
                orgs.stream().map(o -> Objects.toString(o.name(), "") + " " + Objects.toString(o.town(), ""))
                        .collect(Collectors.joining(" ")),
                Objects.toString(c.email(), ""), Objects.toString(c.jobTitle(), "")));
        return new ContactRow(c, text(c.sortName()), text(orgNames), text(c.jobTitle()), text(c.email()),
                Objects.toString(c.phone(), ""), kinds, groups, towns, search);
    }

    private SortableText text(String value) {
        return SortableText.of(value);
    }

    static Set<Long> currentGroups(List<Membership> memberships, LocalDate today) {
        if (memberships == null) {
            return Set.of();
        }
        return memberships.stream().filter(m -> m.activeOn(today)).map(Membership::groupId).collect(Collectors.toSet());
    }
}
