package fr.cress.relais.partners.ui;

import fr.cress.relais.partners.Organisation;

import java.util.Set;

/**
 * One line of the organisations list, with what the filter and the sort need computed once: the folded
 * search text (name, acronym, town, tags, contacts' names), current groups, French sort keys.
 */
public record OrganisationRow(Organisation organisation, SortableText name, SortableText acronym,
                              SortableText kind, SortableText town, String contacts, Set<Long> groupIds,
                              String searchText) {

    public long id() {
        return organisation.id();
    }

    public boolean matches(RowFilter f) {
        return f.matchesText(searchText)
                && (f.kind() == null || f.kind() == organisation.kind())
                && (f.groupId() == null || groupIds.contains(f.groupId()))
                && (f.town() == null || f.town().equals(fr.cress.relais.partners.Texts.fold(organisation.town())));
    }
}
