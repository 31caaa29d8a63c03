package fr.cress.relais.partners.ui;

import fr.cress.relais.partners.Contact;
import fr.cress.relais.partners.OrganisationKind;

import java.util.Set;

/**
 * One line of the contacts list: the contact, its organisations' names, kinds, towns and current groups
 * (for the filters), the folded search text and French sort keys.
 */
public record ContactRow(Contact contact, SortableText name, SortableText organisations, SortableText jobTitle,
                         SortableText email, String phone, Set<OrganisationKind> kinds, Set<Long> groupIds,
                         Set<String> towns, String searchText) {

    public long id() {
        return contact.id();
    }

    public boolean matches(RowFilter f) {
        return f.matchesText(searchText)
                && (f.kind() == null || kinds.contains(f.kind()))
                && (f.groupId() == null || groupIds.contains(f.groupId()))
                && (f.town() == null || towns.contains(f.town()));
    }
}
