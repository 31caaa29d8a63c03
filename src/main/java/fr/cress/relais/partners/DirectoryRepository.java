package fr.cress.relais.partners;

import org.jooq.DSLContext;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
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
     * The first {@code size} organisations in the order of the list (by name, the French way: accents and case
     * ignored), with their contacts and memberships: what the list shows first while the rest loads.
     */
    public DirectoryPage firstPage(int size) {
        List<Organisation> all = new PartnerRepository(dsl, clock).findAll();
        List<Organisation> page = all.stream()
                .sorted(Comparator.comparing((Organisation o) -> Texts.fold(o.name()))
                        .thenComparing(o -> Objects.toString(o.name(), "")))
                .limit(size).toList();
        Set<Long> ids = page.stream().map(Organisation::id).collect(Collectors.toSet());
        List<Contact> contacts = new ContactRepository(dsl, clock).findOfOrganisations(ids).stream()
                .map(c -> c.withOrganisations(c.organisationIds().stream().filter(ids::contains).toList()))
                .toList();
        GroupRepository groups = new GroupRepository(dsl, clock);
        List<Membership> memberships = groups.findMemberships().stream()
                .filter(m -> ids.contains(m.organisationId())).toList();
        return new DirectoryPage(new Directory(page, contacts, groups.findGroups(), memberships), all.size());
    }
}
