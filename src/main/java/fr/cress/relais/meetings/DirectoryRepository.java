package fr.cress.relais.meetings;

import fr.cress.relais.common.text.Formats;
import fr.cress.relais.db.generated.tables.Contact;
import fr.cress.relais.db.generated.tables.Organisation;
import fr.cress.relais.partners.MemberRole;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import static fr.cress.relais.db.generated.Tables.CONTACT;
import static fr.cress.relais.db.generated.Tables.JOINT_ACTION;
import static fr.cress.relais.db.generated.Tables.MEMBERSHIP;
import static fr.cress.relais.db.generated.Tables.MEMBERSHIP_REPRESENTATIVE;
import static fr.cress.relais.db.generated.Tables.ORGANISATION;
import static fr.cress.relais.db.generated.Tables.ORGANISATION_CONTACT;
import static fr.cress.relais.db.generated.Tables.WORK_GROUP;

/**
 * Read-only queries over what the partners and actions features own: organisations, people, groups,
 * current members' representatives and joint actions. Meetings never write these tables.
 */
final class DirectoryRepository {

    private final DSLContext dsl;

    DirectoryRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The short name of an organisation: its acronym, else its name. */
    static Field<String> label(Organisation o) {
        return DSL.coalesce(o.ACRONYM, o.NAME);
    }

    /** « Prénom Nom » of a contact. */
    static Field<String> name(Contact c) {
        return DSL.trim(DSL.concat(DSL.coalesce(c.FIRST_NAME, ""), DSL.val(" "), c.LAST_NAME));
    }

    List<Refs.Group> groups() {
        return dsl.select(WORK_GROUP.ID, WORK_GROUP.NAME, WORK_GROUP.PARENT_ID).from(WORK_GROUP)
                .fetch(r -> new Refs.Group(r.value1(), r.value2(), r.value3()))
                .stream().sorted(Comparator.comparing(Refs.Group::name, Formats.frenchOrder())).toList();
    }

    /** The group and all its sub-groups: a group's meetings follow up what its working groups decided. */
    List<Long> family(long groupId) {
        List<Refs.Group> all = groups();
        List<Long> family = new java.util.ArrayList<>(List.of(groupId));
        for (int i = 0; i < family.size(); i++) {
            long parent = family.get(i);
            all.stream().filter(g -> g.parentId() != null && g.parentId() == parent)
                    .map(Refs.Group::id).filter(id -> !family.contains(id)).forEach(family::add);
        }
        return family;
    }

    List<Refs.Organisation> organisations() {
        return Formats.inFrenchOrder(dsl.select(ORGANISATION.ID, label(ORGANISATION)).from(ORGANISATION)
                .where(ORGANISATION.DELETED_AT.isNull())
                .fetch(r -> new Refs.Organisation(r.value1(), r.value2())), Refs.Organisation::name);
    }

    /** Every person, with the first organisation (lowest id) each belongs to, in French order of their names. */
    List<Refs.Person> people() {
        Field<Long> orgId = DSL.min(ORGANISATION_CONTACT.ORGANISATION_ID).as("first_org");
        var firstOrg = DSL.select(ORGANISATION_CONTACT.CONTACT_ID, orgId).from(ORGANISATION_CONTACT)
                .groupBy(ORGANISATION_CONTACT.CONTACT_ID).asTable("first_org_of");
        var org = ORGANISATION.as("person_org");
        return Formats.inFrenchOrder(dsl.select(CONTACT.ID, name(CONTACT), CONTACT.EMAIL, org.ID, label(org))
                .from(CONTACT)
                .leftJoin(firstOrg).on(firstOrg.field(ORGANISATION_CONTACT.CONTACT_ID).eq(CONTACT.ID))
                .leftJoin(org).on(org.ID.eq(firstOrg.field(orgId)))
                .where(CONTACT.DELETED_AT.isNull()).and(CONTACT.ANONYMISED.isFalse())
                .fetch(r -> new Refs.Person(r.value1(), r.value2(), r.value3(), r.value4(), r.value5())),
                Refs.Person::name);
    }

    List<Refs.JointAction> jointActions() {
        return Formats.inFrenchOrder(dsl.select(JOINT_ACTION.ID, JOINT_ACTION.TITLE, JOINT_ACTION.START_DATE, JOINT_ACTION.END_DATE)
                .from(JOINT_ACTION)
                .fetch(r -> new Refs.JointAction(r.value1(), r.value2(), r.value3(), r.value4())), Refs.JointAction::title);
    }

    /** Joint actions that start or end between {@code from} and {@code to} (inclusive). */
    List<Refs.JointAction> jointActionsDated(LocalDate from, LocalDate to) {
        return dsl.select(JOINT_ACTION.ID, JOINT_ACTION.TITLE, JOINT_ACTION.START_DATE, JOINT_ACTION.END_DATE)
                .from(JOINT_ACTION)
                .where(JOINT_ACTION.START_DATE.between(from, to).or(JOINT_ACTION.END_DATE.between(from, to)))
                .orderBy(DSL.coalesce(JOINT_ACTION.START_DATE, JOINT_ACTION.END_DATE))
                .fetch(r -> new Refs.JointAction(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /** Representatives of the organisations that are members of {@code groupId} on {@code day}. */
    List<Refs.Representative> representatives(long groupId, LocalDate day) {
        return dsl.select(ORGANISATION.ID, label(ORGANISATION), CONTACT.ID, name(CONTACT), CONTACT.EMAIL)
                .from(MEMBERSHIP)
                .join(ORGANISATION).on(ORGANISATION.ID.eq(MEMBERSHIP.ORGANISATION_ID))
                .join(MEMBERSHIP_REPRESENTATIVE).on(MEMBERSHIP_REPRESENTATIVE.MEMBERSHIP_ID.eq(MEMBERSHIP.ID))
                .join(CONTACT).on(CONTACT.ID.eq(MEMBERSHIP_REPRESENTATIVE.CONTACT_ID))
                .where(MEMBERSHIP.GROUP_ID.eq(groupId)).and(memberOn(day))
                .and(ORGANISATION.DELETED_AT.isNull()).and(CONTACT.DELETED_AT.isNull())
                .fetch(r -> new Refs.Representative(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()))
                .stream()
                .sorted(Comparator.comparing(Refs.Representative::organisationName, Formats.frenchOrder())
                        .thenComparing(Refs.Representative::contactName, Formats.frenchOrder()))
                .toList();
    }

    /** Organisations that are members of {@code groupId} on {@code day}. */
    List<Refs.Organisation> members(long groupId, LocalDate day) {
        return dsl.selectDistinct(ORGANISATION.ID, label(ORGANISATION))
                .from(MEMBERSHIP).join(ORGANISATION).on(ORGANISATION.ID.eq(MEMBERSHIP.ORGANISATION_ID))
                .where(MEMBERSHIP.GROUP_ID.eq(groupId)).and(memberOn(day)).and(ORGANISATION.DELETED_AT.isNull())
                .fetch(r -> new Refs.Organisation(r.value1(), r.value2()))
                .stream().sorted(Comparator.comparing(Refs.Organisation::name, Formats.frenchOrder())).toList();
    }

    /** The representative of the group's pilot organisation (the organiser), else of any group's pilot. */
    Optional<Refs.Representative> pilot(Long groupId) {
        var query = dsl.select(ORGANISATION.ID, label(ORGANISATION), CONTACT.ID, name(CONTACT), CONTACT.EMAIL)
                .from(MEMBERSHIP)
                .join(ORGANISATION).on(ORGANISATION.ID.eq(MEMBERSHIP.ORGANISATION_ID))
                .join(MEMBERSHIP_REPRESENTATIVE).on(MEMBERSHIP_REPRESENTATIVE.MEMBERSHIP_ID.eq(MEMBERSHIP.ID))
                .join(CONTACT).on(CONTACT.ID.eq(MEMBERSHIP_REPRESENTATIVE.CONTACT_ID))
                .where(MEMBERSHIP.MEMBER_ROLE.eq(MemberRole.PILOT.name())).and(CONTACT.EMAIL.isNotNull())
                .orderBy(groupId == null ? DSL.inline(0) : DSL.when(MEMBERSHIP.GROUP_ID.eq(groupId), 0).otherwise(1),
                        MEMBERSHIP.GROUP_ID, CONTACT.ID)
                .limit(1);
        return query.fetchOptional(r -> new Refs.Representative(r.value1(), r.value2(), r.value3(), r.value4(),
                r.value5()));
    }

    private static Condition memberOn(LocalDate day) {
        return MEMBERSHIP.JOINED_ON.isNull().or(MEMBERSHIP.JOINED_ON.le(day))
                .and(MEMBERSHIP.LEFT_ON.isNull().or(MEMBERSHIP.LEFT_ON.ge(day)));
    }
}
