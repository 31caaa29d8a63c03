package fr.cress.relais.partners.importing;

import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.partners.ConsentBasis;
import fr.cress.relais.partners.Contact;
import fr.cress.relais.partners.Directory;
import fr.cress.relais.partners.Emails;
import fr.cress.relais.partners.MemberRole;
import fr.cress.relais.partners.Membership;
import fr.cress.relais.partners.Organisation;
import fr.cress.relais.partners.OrganisationKind;
import fr.cress.relais.partners.Texts;
import fr.cress.relais.partners.WorkGroup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Decides what each row of a file does against the directory as it is: an organisation is the same when
 * its name or its acronym is the same (accents, case and punctuation aside), a contact when its e-mail is
 * the same (or its name, within the same organisation). A row that repeats an earlier one is a duplicate;
 * a row that brings nothing new too.
 */
final class ImportPlanner {

    private final I18n i18n;
    private final LocalDate today;
    private final List<Drafts.Org> orgs = new ArrayList<>();
    private final Map<String, Drafts.Org> orgByKey = new HashMap<>();
    private final List<Drafts.Person> people = new ArrayList<>();
    private final Map<String, Drafts.Person> personByEmail = new HashMap<>();
    private final Map<String, Drafts.Person> personByName = new HashMap<>();
    private final List<WorkGroup> groups;
    private final GroupMatcher groupMatcher;
    private final List<Drafts.Member> members = new ArrayList<>();
    private final Map<String, Long> seen = new HashMap<>();

    ImportPlanner(Directory directory, I18n i18n, LocalDate today) {
        this.i18n = i18n;
        this.today = today;
        this.groups = directory.groups();
        this.groupMatcher = new GroupMatcher(groups);
        Map<Long, Drafts.Org> byId = new HashMap<>();
        for (Organisation o : directory.organisations()) {
            Drafts.Org draft = new Drafts.Org(orgs.size(), o, o);
            orgs.add(draft);
            byId.put(o.id(), draft);
            index(draft);
        }
        for (Contact c : directory.contacts()) {
            Drafts.Person person = new Drafts.Person(c, c);
            c.organisationIds().stream().map(byId::get).filter(java.util.Objects::nonNull).forEach(person.organisations::add);
            people.add(person);
            index(person);
        }
        Map<Long, Drafts.Person> personById = people.stream().collect(Collectors.toMap(p -> p.id, p -> p));
        for (Membership m : directory.memberships()) {
            WorkGroup group = groups.stream().filter(g -> g.id() == m.groupId()).findFirst().orElse(null);
            if (group != null && byId.containsKey(m.organisationId())) {
                Drafts.Member member = new Drafts.Member(group, byId.get(m.organisationId()), m, m);
                m.representativeIds().stream().map(personById::get).filter(java.util.Objects::nonNull)
                        .forEach(member.representatives::add);
                members.add(member);
            }
        }
    }

    ImportPlan plan(List<ParsedRow> rows) {
        List<PlannedRow> planned = new ArrayList<>(rows.size());
        for (ParsedRow row : rows) {
            planned.add(plan(row));
        }
        return new ImportPlan(planned, orgs, people, members);
    }

    private PlannedRow plan(ParsedRow row) {
        String label = label(row);
        if (row.hasErrors()) {
            return new PlannedRow(row.line(), RowStatus.ERROR, label, row.errors());
        }
        Optional<WorkGroup> group = row.membership() == null ? Optional.empty() : groupMatcher.find(row.membership().group());
        if (row.membership() != null && group.isEmpty()) {
            return new PlannedRow(row.line(), RowStatus.ERROR, label,
                    List.of(ImportNote.of("partners.import.error.group", row.membership().group())));
        }
        Drafts.Org org = findOrg(row.organisation());
        String identity = identity(row, org, group);
        Long earlier = identity == null ? null : seen.get(identity);
        if (earlier != null) {
            String key = identity.startsWith("e:") ? "partners.import.reason.sameEmail" : "partners.import.reason.sameRow";
            return new PlannedRow(row.line(), RowStatus.DUPLICATE, label, List.of(ImportNote.of(key, earlier)));
        }
        List<ImportNote> created = new ArrayList<>();
        List<ImportField> changed = new ArrayList<>();
        Drafts.Org target = applyOrganisation(row.organisation(), org, created, changed);
        Drafts.Person person = row.contact() == null ? null : applyContact(row.contact(), target, created, changed);
        group.ifPresent(g -> applyMembership(g, row.membership(), target, person, created, changed));
        seen.put(identity(row, target, group), row.line());
        return status(row.line(), label, created, changed);
    }

    private PlannedRow status(long line, String label, List<ImportNote> created, List<ImportField> changed) {
        List<ImportNote> notes = new ArrayList<>(created);
        if (!changed.isEmpty()) {
            notes.add(ImportNote.of("partners.import.reason.updated",
                    changed.stream().distinct().map(f -> i18n.label(f).toLowerCase(i18n.locale()))
                            .collect(Collectors.joining(", "))));
        }
        if (!created.isEmpty()) {
            return new PlannedRow(line, RowStatus.NEW, label, notes);
        }
        if (!changed.isEmpty()) {
            return new PlannedRow(line, RowStatus.UPDATE, label, notes);
        }
        return new PlannedRow(line, RowStatus.DUPLICATE, label, List.of(ImportNote.of("partners.import.reason.known")));
    }

    private Drafts.Org applyOrganisation(Organisation from, Drafts.Org org, List<ImportNote> created,
                                         List<ImportField> changed) {
        if (org == null) {
            Organisation fresh = new Organisation(null, from.name(), null, OrganisationKind.OTHER, null, null, null,
                    null, null, null, null, null, List.of(), null, 0, null);
            org = new Drafts.Org(orgs.size(), null, fresh);
            org.merge(from);
            orgs.add(org);
            index(org);
            created.add(ImportNote.of("partners.import.reason.newOrganisation"));
        } else {
            changed.addAll(org.merge(from));
            index(org);
        }
        return org;
    }

    private Drafts.Person applyContact(Contact from, Drafts.Org org, List<ImportNote> created,
                                       List<ImportField> changed) {
        Drafts.Person person = findPerson(from, org);
        if (person == null) {
            Contact fresh = new Contact(null, null, from.lastName(), null, null, null, null,
                    ConsentBasis.LEGITIMATE_INTEREST, today, false, List.of(), 0, null);
            person = new Drafts.Person(null, fresh);
            person.merge(from);
            person.organisations.add(org);
            people.add(person);
            index(person);
            created.add(ImportNote.of("partners.import.reason.newContact", person.value.fullName()));
            return person;
        }
        changed.addAll(person.merge(from));
        if (!person.organisations.contains(org)) {
            person.organisations.add(org);
            changed.add(ImportField.ORG_NAME);
        }
        index(person);
        return person;
    }

    private void applyMembership(WorkGroup group, ParsedRow.GroupLine line, Drafts.Org org, Drafts.Person person,
                                 List<ImportNote> created, List<ImportField> changed) {
        Drafts.Member member = findMember(group, org, line.joinedOn());
        if (member == null) {
            Membership fresh = new Membership(null, group.id(), -1, line.role() == null ? MemberRole.MEMBER : line.role(),
                    line.joinedOn(), line.leftOn(), null, List.of(), 0);
            member = new Drafts.Member(group, org, null, fresh);
            members.add(member);
            created.add(ImportNote.of("partners.import.reason.newMembership", group.name()));
        } else {
            Membership v = member.value;
            List<ImportField> changes = new ArrayList<>();
            MemberRole role = Drafts.pick(v.role(), line.role(), ImportField.ROLE, changes);
            LocalDate joined = Drafts.pick(v.joinedOn(), line.joinedOn(), ImportField.JOINED_ON, changes);
            LocalDate left = Drafts.pick(v.leftOn(), line.leftOn(), ImportField.LEFT_ON, changes);
            member.value = new Membership(v.id(), v.groupId(), v.organisationId(), role, joined, left, v.notes(),
                    v.representativeIds(), v.version());
            changed.addAll(changes);
        }
        if (person != null && !member.representatives.contains(person)) {
            member.representatives.add(person);
            if (!member.isNew()) {
                changed.add(ImportField.GROUP);
            }
        }
    }

    private Drafts.Org findOrg(Organisation from) {
        Drafts.Org byName = orgByKey.get("n:" + Texts.key(from.name()));
        if (byName != null) {
            return byName;
        }
        String acronym = Texts.key(from.acronym());
        return acronym.isEmpty() ? orgByKey.get("a:" + Texts.key(from.name())) : orgByKey.get("a:" + acronym);
    }

    private Drafts.Person findPerson(Contact from, Drafts.Org org) {
        String email = Emails.key(from.email());
        if (!email.isEmpty() && personByEmail.containsKey(email)) {
            return personByEmail.get(email);
        }
        return personByName.get(org.ref + "|" + Texts.key(from.fullName()));
    }

    private Drafts.Member findMember(WorkGroup group, Drafts.Org org, LocalDate joined) {
        List<Drafts.Member> candidates = members.stream()
                .filter(m -> m.group.id().equals(group.id()) && m.organisation == org).toList();
        return candidates.stream().filter(m -> joined != null && joined.equals(m.value.joinedOn())).findFirst()
                .or(() -> candidates.stream().filter(m -> m.value.leftOn() == null).findFirst())
                .orElse(null);
    }

    /** What makes two rows the same: the contact's e-mail, or the organisation and the contact's name. */
    private String identity(ParsedRow row, Drafts.Org org, Optional<WorkGroup> group) {
        String suffix = group.map(g -> "|g:" + g.id()).orElse("");
        if (row.contact() != null && !Emails.key(row.contact().email()).isEmpty()) {
            return "e:" + Emails.key(row.contact().email()) + suffix;
        }
        if (org == null) {
            return null;
        }
        return row.contact() == null ? "o:" + org.ref + suffix
                : "c:" + org.ref + "|" + Texts.key(row.contact().fullName()) + suffix;
    }

    private void index(Drafts.Org org) {
        orgByKey.putIfAbsent("n:" + Texts.key(org.value.name()), org);
        if (!Texts.isBlank(org.value.acronym())) {
            orgByKey.putIfAbsent("a:" + Texts.key(org.value.acronym()), org);
        }
    }

    private void index(Drafts.Person person) {
        String email = Emails.key(person.value.email());
        if (!email.isEmpty()) {
            personByEmail.putIfAbsent(email, person);
        }
        for (Drafts.Org org : person.organisations) {
            personByName.putIfAbsent(org.ref + "|" + Texts.key(person.value.fullName()), person);
        }
    }

    private static String label(ParsedRow row) {
        String org = row.organisation().shortName();
        return row.contact() == null ? Texts.join("", org) : Texts.join(" – ", org, row.contact().fullName());
    }
}
