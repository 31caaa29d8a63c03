package fr.cress.relais.partners;

import org.jooq.DSLContext;

import java.time.Clock;
import java.util.List;
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
}
