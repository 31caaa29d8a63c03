package fr.cress.relais.partners;

import fr.cress.relais.db.StaleDataException;
import fr.cress.relais.db.generated.tables.records.MembershipRecord;
import org.jooq.DSLContext;
import org.jooq.Record2;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static fr.cress.relais.db.generated.Tables.MEMBERSHIP;
import static fr.cress.relais.db.generated.Tables.MEMBERSHIP_REPRESENTATIVE;
import static fr.cress.relais.db.generated.Tables.WORK_GROUP;

/** Working groups, the memberships of organisations and their representatives. */
public final class GroupRepository {

    private final DSLContext dsl;
    private final Clock clock;

    public GroupRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    public List<WorkGroup> findGroups() {
        return dsl.selectFrom(WORK_GROUP).orderBy(WORK_GROUP.ID)
                .fetch(r -> new WorkGroup(r.getId(), r.getName(), r.getDescription(), r.getParentId(), r.getVersion()));
    }

    public WorkGroup insertGroup(WorkGroup g) {
        LocalDateTime now = LocalDateTime.now(clock);
        long id = dsl.insertInto(WORK_GROUP)
                .set(WORK_GROUP.NAME, g.name())
                .set(WORK_GROUP.DESCRIPTION, g.description())
                .set(WORK_GROUP.PARENT_ID, g.parentId())
                .set(WORK_GROUP.CREATED_AT, now)
                .set(WORK_GROUP.UPDATED_AT, now)
                .returning(WORK_GROUP.ID).fetchOne(WORK_GROUP.ID);
        return new WorkGroup(id, g.name(), g.description(), g.parentId(), 0);
    }

    public WorkGroup updateGroup(WorkGroup g) {
        int rows = dsl.update(WORK_GROUP)
                .set(WORK_GROUP.NAME, g.name())
                .set(WORK_GROUP.DESCRIPTION, g.description())
                .set(WORK_GROUP.PARENT_ID, g.parentId())
                .set(WORK_GROUP.UPDATED_AT, LocalDateTime.now(clock))
                .set(WORK_GROUP.VERSION, g.version() + 1)
                .where(WORK_GROUP.ID.eq(g.id()).and(WORK_GROUP.VERSION.eq(g.version())))
                .execute();
        StaleDataException.check(rows, g.name());
        return new WorkGroup(g.id(), g.name(), g.description(), g.parentId(), g.version() + 1);
    }

    /** Deletes a group that has no history (no membership, no sub-group); false otherwise. */
    public boolean deleteEmptyGroup(long id) {
        if (dsl.fetchExists(MEMBERSHIP, MEMBERSHIP.GROUP_ID.eq(id)) || dsl.fetchExists(WORK_GROUP, WORK_GROUP.PARENT_ID.eq(id))) {
            return false;
        }
        return dsl.deleteFrom(WORK_GROUP).where(WORK_GROUP.ID.eq(id)).execute() == 1;
    }

    public List<Membership> findMemberships() {
        Map<Long, List<Long>> representatives = representatives();
        return dsl.selectFrom(MEMBERSHIP).orderBy(MEMBERSHIP.GROUP_ID, MEMBERSHIP.JOINED_ON, MEMBERSHIP.ID)
                .fetch(r -> toMembership(r, representatives.getOrDefault(r.getId(), List.of())));
    }

    /** Memberships in which {@code contactId} represents an organisation. */
    public List<Membership> findRepresentedBy(long contactId) {
        Map<Long, List<Long>> representatives = representatives();
        return dsl.selectFrom(MEMBERSHIP)
                .where(MEMBERSHIP.ID.in(dsl.select(MEMBERSHIP_REPRESENTATIVE.MEMBERSHIP_ID).from(MEMBERSHIP_REPRESENTATIVE)
                        .where(MEMBERSHIP_REPRESENTATIVE.CONTACT_ID.eq(contactId))))
                .orderBy(MEMBERSHIP.JOINED_ON)
                .fetch(r -> toMembership(r, representatives.getOrDefault(r.getId(), List.of())));
    }

    public Membership insertMembership(Membership m) {
        LocalDateTime now = LocalDateTime.now(clock);
        MembershipRecord r = dsl.newRecord(MEMBERSHIP);
        r.setGroupId(m.groupId());
        r.setOrganisationId(m.organisationId());
        r.setMemberRole(m.role().name());
        r.setJoinedOn(m.joinedOn());
        r.setLeftOn(m.leftOn());
        r.setNotes(m.notes());
        r.setCreatedAt(now);
        r.setUpdatedAt(now);
        r.setVersion(0);
        r.store();
        replaceRepresentatives(r.getId(), m.representativeIds());
        return m.withId(r.getId(), 0);
    }

    public Membership updateMembership(Membership m) {
        int rows = dsl.update(MEMBERSHIP)
                .set(MEMBERSHIP.GROUP_ID, m.groupId())
                .set(MEMBERSHIP.ORGANISATION_ID, m.organisationId())
                .set(MEMBERSHIP.MEMBER_ROLE, m.role().name())
                .set(MEMBERSHIP.JOINED_ON, m.joinedOn())
                .set(MEMBERSHIP.LEFT_ON, m.leftOn())
                .set(MEMBERSHIP.NOTES, m.notes())
                .set(MEMBERSHIP.UPDATED_AT, LocalDateTime.now(clock))
                .set(MEMBERSHIP.VERSION, m.version() + 1)
                .where(MEMBERSHIP.ID.eq(m.id()).and(MEMBERSHIP.VERSION.eq(m.version())))
                .execute();
        StaleDataException.check(rows, "membership");
        replaceRepresentatives(m.id(), m.representativeIds());
        return m.withId(m.id(), m.version() + 1);
    }

    public void deleteMembership(Membership m) {
        int rows = dsl.deleteFrom(MEMBERSHIP).where(MEMBERSHIP.ID.eq(m.id()).and(MEMBERSHIP.VERSION.eq(m.version())))
                .execute();
        StaleDataException.check(rows, "membership");
    }

    /** When each contact's memberships as a representative last changed, by contact id. */
    public Map<Long, LocalDateTime> lastRepresentativeUpdates() {
        Map<Long, LocalDateTime> result = new HashMap<>();
        dsl.select(MEMBERSHIP_REPRESENTATIVE.CONTACT_ID, org.jooq.impl.DSL.max(MEMBERSHIP.UPDATED_AT))
                .from(MEMBERSHIP_REPRESENTATIVE).join(MEMBERSHIP).on(MEMBERSHIP.ID.eq(MEMBERSHIP_REPRESENTATIVE.MEMBERSHIP_ID))
                .groupBy(MEMBERSHIP_REPRESENTATIVE.CONTACT_ID)
                .forEach(r -> result.put(r.value1(), r.value2()));
        return result;
    }

    private void replaceRepresentatives(long membershipId, List<Long> contactIds) {
        List<Long> existing = representativesOf(membershipId);
        dsl.deleteFrom(MEMBERSHIP_REPRESENTATIVE).where(MEMBERSHIP_REPRESENTATIVE.MEMBERSHIP_ID.eq(membershipId)
                .and(contactIds.isEmpty() ? org.jooq.impl.DSL.trueCondition()
                        : MEMBERSHIP_REPRESENTATIVE.CONTACT_ID.notIn(contactIds))).execute();
        LocalDateTime now = LocalDateTime.now(clock);
        for (Long contactId : contactIds) {
            if (!existing.contains(contactId)) {
                dsl.insertInto(MEMBERSHIP_REPRESENTATIVE)
                        .set(MEMBERSHIP_REPRESENTATIVE.MEMBERSHIP_ID, membershipId)
                        .set(MEMBERSHIP_REPRESENTATIVE.CONTACT_ID, contactId)
                        .set(MEMBERSHIP_REPRESENTATIVE.CREATED_AT, now)
                        .set(MEMBERSHIP_REPRESENTATIVE.UPDATED_AT, now)
                        .execute();
            }
        }
    }

    private List<Long> representativesOf(long membershipId) {
        return dsl.select(MEMBERSHIP_REPRESENTATIVE.CONTACT_ID).from(MEMBERSHIP_REPRESENTATIVE)
                .where(MEMBERSHIP_REPRESENTATIVE.MEMBERSHIP_ID.eq(membershipId)).orderBy(MEMBERSHIP_REPRESENTATIVE.ID)
                .fetch(MEMBERSHIP_REPRESENTATIVE.CONTACT_ID);
    }

    private Map<Long, List<Long>> representatives() {
        Map<Long, List<Long>> result = new HashMap<>();
        for (Record2<Long, Long> r : dsl.select(MEMBERSHIP_REPRESENTATIVE.MEMBERSHIP_ID, MEMBERSHIP_REPRESENTATIVE.CONTACT_ID)
                .from(MEMBERSHIP_REPRESENTATIVE).orderBy(MEMBERSHIP_REPRESENTATIVE.ID).fetch()) {
            result.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2());
        }
        return result;
    }

    private static Membership toMembership(MembershipRecord r, List<Long> representatives) {
        return new Membership(r.getId(), r.getGroupId(), r.getOrganisationId(),
                Enums.parse(MemberRole.class, r.getMemberRole(), MemberRole.MEMBER), r.getJoinedOn(), r.getLeftOn(),
                r.getNotes(), representatives, r.getVersion());
    }
}
