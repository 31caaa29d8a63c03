package fr.cress.relais.partners;

import fr.cress.relais.common.error.BadInputException;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.db.Store;

import java.time.Clock;
import java.util.List;

/** Working groups and memberships: who is a member of which group, since when, represented by whom. */
public final class GroupService {

    private final Transactions tx;
    private final I18n i18n;
    private final Clock clock;

    public GroupService(Store store, I18n i18n, Clock clock) {
        this.tx = new Transactions(store);
        this.i18n = i18n;
        this.clock = clock;
    }

    public List<WorkGroup> groups() {
        return tx.read(dsl -> new GroupRepository(dsl, clock).findGroups());
    }

    public WorkGroup save(WorkGroup group) {
        WorkGroup g = group.normalised();
        Problem.refuse(i18n, PartnerRules.group(g));
        return tx.run(dsl -> {
            GroupRepository repository = new GroupRepository(dsl, clock);
            return g.isNew() ? repository.insertGroup(g) : repository.updateGroup(g);
        });
    }

    /** Deletes a group that has no history; a group with members or sub-groups is kept (its history matters). */
    public void delete(WorkGroup group) {
        tx.run(dsl -> {
            if (!new GroupRepository(dsl, clock).deleteEmptyGroup(group.id())) {
                throw new BadInputException("partners.error.groupHasHistory", group.name());
            }
            return null;
        });
    }

    public Membership save(Membership membership) {
        Membership m = membership.normalised();
        return tx.run(dsl -> {
            List<Long> contacts = new ContactRepository(dsl, clock).findAll(true).stream()
                    .filter(c -> c.organisationIds().contains(m.organisationId())).map(Contact::id).toList();
            Problem.refuse(i18n, PartnerRules.membership(m, contacts));
            GroupRepository repository = new GroupRepository(dsl, clock);
            return m.isNew() ? repository.insertMembership(m) : repository.updateMembership(m);
        });
    }

    /** Removes a membership entered by mistake (a member who left keeps it, with a leaving date). */
    public void delete(Membership membership) {
        tx.run(dsl -> {
            new GroupRepository(dsl, clock).deleteMembership(membership);
            return null;
        });
    }

    /** Puts back a membership just deleted (undo): a new row with the same content. */
    public Membership restore(Membership deleted) {
        Membership copy = new Membership(null, deleted.groupId(), deleted.organisationId(), deleted.role(),
                deleted.joinedOn(), deleted.leftOn(), deleted.notes(), deleted.representativeIds(), 0);
        return tx.run(dsl -> new GroupRepository(dsl, clock).insertMembership(copy));
    }
}
