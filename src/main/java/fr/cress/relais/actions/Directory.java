package fr.cress.relais.actions;

import fr.cress.relais.common.text.Formats;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Organisations and contacts by id, with the labels the actions feature shows for them. */
public final class Directory {

    private final Map<Long, OrganisationRef> organisations = new LinkedHashMap<>();
    private final Map<Long, ContactRef> contacts = new LinkedHashMap<>();
    private final java.util.Set<Long> deleted;
    private volatile List<OrganisationRef> organisationsInOrder;
    private volatile List<ContactRef> contactsInOrder;

    public Directory(List<OrganisationRef> organisations, List<ContactRef> contacts) {
        this(organisations, contacts, java.util.Set.of());
    }

    /** {@code deleted}: organisations in the recycle bin, still named but no longer offered. */
    public Directory(List<OrganisationRef> organisations, List<ContactRef> contacts, java.util.Set<Long> deleted) {
        this.deleted = java.util.Set.copyOf(deleted);
        organisations.forEach(o -> this.organisations.put(o.id(), o));
        for (ContactRef c : contacts) {
            String org = c.organisationId() == null ? null : organisationLabel(c.organisationId());
            this.contacts.put(c.id(), new ContactRef(c.id(), c.fullName(), c.organisationId(), org));
        }
    }

    public static Directory load(org.jooq.DSLContext dsl) {
        DirectoryRepository repository = new DirectoryRepository(dsl);
        return new Directory(repository.organisations(true), repository.contacts(), repository.deletedOrganisations());
    }

    /**
     * The organisations only, without the contacts: their names are enough for the tree, the filter and the
     * summaries, and they read far faster than the tens of thousands of contacts of a large network.
     */
    public static Directory loadOrganisations(org.jooq.DSLContext dsl) {
        DirectoryRepository repository = new DirectoryRepository(dsl);
        return new Directory(repository.organisations(true), List.of(), repository.deletedOrganisations());
    }

    /** Organisations that can be chosen (not in the recycle bin). */
    public List<OrganisationRef> organisations() {
        return organisations.values().stream().filter(o -> !deleted.contains(o.id())).toList();
    }

    public List<ContactRef> contacts() {
        return List.copyOf(contacts.values());
    }

    /**
     * The organisations that can be chosen, in French order of their labels. Sorted once (one collation key per
     * label) and kept: call it off the JavaFX thread first on a large directory.
     */
    public List<OrganisationRef> organisationsInOrder() {
        if (organisationsInOrder == null) {
            organisationsInOrder = Formats.inFrenchOrder(organisations(), OrganisationRef::label);
        }
        return organisationsInOrder;
    }

    /** The contacts in French order of their labels; sorted once and kept, as {@link #organisationsInOrder()}. */
    public List<ContactRef> contactsInOrder() {
        if (contactsInOrder == null) {
            contactsInOrder = Formats.inFrenchOrder(contacts(), ContactRef::label);
        }
        return contactsInOrder;
    }

    public Optional<OrganisationRef> organisation(Long id) {
        return Optional.ofNullable(id == null ? null : organisations.get(id));
    }

    /** The acronym or name of an organisation; empty for an unknown one. */
    public String organisationLabel(Long id) {
        return organisation(id).map(OrganisationRef::label).orElse("");
    }

    public Optional<ContactRef> contact(long id) {
        return Optional.ofNullable(contacts.get(id));
    }
}
