package fr.cress.relais.partners;

import org.jooq.DSLContext;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads the whole directory at once (recycle bin aside), in a few queries: for the lists, exports and imports. */
public final class DirectoryRepository {

    private final DSLContext dsl;
    private final Clock clock;

    public DirectoryRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** Links to organisations in the recycle bin are left out; anonymised contacts too. */
    public Directory load() {
        List<Organisation> organisations = new PartnerRepository(dsl, clock).findAll();
        Set<Long> live = organisations.stream().map(Organisation::id).collect(Collectors.toSet());
        List<Contact> contacts = new ContactRepository(dsl, clock).findAll(false).stream()
                .map(c -> c.withOrganisations(c.organisationIds().stream().filter(live::contains).toList()))
                .toList();
        GroupRepository groups = new GroupRepository(dsl, clock);
        List<Membership> memberships = groups.findMemberships().stream()
                .filter(m -> live.contains(m.organisationId())).toList();
        return new Directory(organisations, contacts, groups.findGroups(), memberships);
    }

    /**
     * The first {@code size} organisations in the order of the list (by name, the French way: accents, case and
     * ligatures ignored, then the name as written), with their contacts and memberships: what the list shows first
     * while the rest loads. Only the ids and names of the others are read (to order them and count them), so the
     * order is exactly the list's whatever the database's own collation.
     */
    public DirectoryPage firstPage(int size) {
        PartnerRepository partners = new PartnerRepository(dsl, clock);
        List<Long> firstIds = partners.findNames().stream()
                .map(r -> new Named(r.value1(), Objects.toString(r.value2(), "")))
                .sorted(Named.LIST_ORDER).map(Named::id).toList();
        int count = firstIds.size();
        if (count <= size) {
            return new DirectoryPage(load(), count);
        }
        firstIds = firstIds.subList(0, size);
        Map<Long, Organisation> byId = partners.findByIds(firstIds).stream()
                .collect(Collectors.toMap(Organisation::id, Function.identity()));
        List<Organisation> page = firstIds.stream().map(byId::get).filter(Objects::nonNull).toList();
        Set<Long> ids = byId.keySet();
        List<Contact> contacts = new ContactRepository(dsl, clock).findOfOrganisations(ids);
        GroupRepository groups = new GroupRepository(dsl, clock);
        return new DirectoryPage(new Directory(page, contacts, groups.findGroups(), groups.findMembershipsOf(ids)),
                count);
    }

    /** An organisation's id and name, with the name folded once for ordering. */
    private record Named(long id, String name, String key) {

        static final Comparator<Named> LIST_ORDER = Comparator.comparing(Named::key).thenComparing(Named::name);

        Named(long id, String name) {
            this(id, name, Texts.fold(name));
        }
    }
}
