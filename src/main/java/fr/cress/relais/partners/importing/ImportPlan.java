package fr.cress.relais.partners.importing;

import java.util.List;

/** The preview of an import: every row with what it will do, the counts, and the records to write. */
public final class ImportPlan {

    private final List<PlannedRow> rows;
    private final List<Drafts.Org> organisations;
    private final List<Drafts.Person> people;
    private final List<Drafts.Member> members;

    ImportPlan(List<PlannedRow> rows, List<Drafts.Org> organisations, List<Drafts.Person> people,
               List<Drafts.Member> members) {
        this.rows = List.copyOf(rows);
        this.organisations = organisations;
        this.people = people;
        this.members = members;
    }

    public List<PlannedRow> rows() {
        return rows;
    }

    public List<PlannedRow> errors() {
        return rows.stream().filter(r -> r.status() == RowStatus.ERROR).toList();
    }

    /** Counts of the rows and of the records the import would write. */
    public ImportCounts counts() {
        int updated = (int) organisations.stream().filter(Drafts.Org::changed).count()
                + (int) people.stream().filter(p -> !p.isNew() && (p.changed(ids(p)))).count()
                + (int) members.stream().filter(m -> !m.isNew() && m.changed(representativeIds(m))).count();
        return ImportCounts.of(rows, (int) organisations.stream().filter(Drafts.Org::isNew).count(),
                (int) people.stream().filter(Drafts.Person::isNew).count(),
                (int) members.stream().filter(Drafts.Member::isNew).count(), updated);
    }

    List<Drafts.Org> organisations() {
        return organisations;
    }

    List<Drafts.Person> people() {
        return people;
    }

    List<Drafts.Member> members() {
        return members;
    }

    /** Organisation ids of a person as they will be once written (new organisations have none yet: -ref - 1). */
    static List<Long> ids(Drafts.Person p) {
        return p.organisations.stream().map(o -> o.id != null ? o.id : -o.ref - 1L).toList();
    }

    static List<Long> representativeIds(Drafts.Member m) {
        return m.representatives.stream().map(p -> p.id != null ? p.id : -1L).toList();
    }
}
