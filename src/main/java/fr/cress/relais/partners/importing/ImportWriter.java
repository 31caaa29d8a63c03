package fr.cress.relais.partners.importing;

import fr.cress.relais.common.concurrent.Progress;
import fr.cress.relais.partners.Contact;
import fr.cress.relais.partners.ContactRepository;
import fr.cress.relais.partners.GroupRepository;
import fr.cress.relais.partners.Membership;
import fr.cress.relais.partners.PartnerRepository;
import org.jooq.DSLContext;

import java.time.Clock;
import java.util.List;

/** Writes a plan inside the import's transaction: organisations first, then contacts, then memberships. */
final class ImportWriter {

    private static final int CHECK_EVERY = 200;

    private final PartnerRepository organisations;
    private final ContactRepository contacts;
    private final GroupRepository groups;
    private final Progress progress;
    private long done;
    private long total;

    ImportWriter(DSLContext dsl, Clock clock, Progress progress) {
        this.organisations = new PartnerRepository(dsl, clock);
        this.contacts = new ContactRepository(dsl, clock);
        this.groups = new GroupRepository(dsl, clock);
        this.progress = progress;
    }

    void write(ImportPlan plan) {
        total = plan.organisations().size() + plan.people().size() + plan.members().size();
        for (Drafts.Org org : plan.organisations()) {
            if (org.isNew()) {
                org.id = organisations.insert(org.value.normalised()).id();
            } else if (org.changed()) {
                organisations.update(org.value.normalised());
            }
            step();
        }
        for (Drafts.Person person : plan.people()) {
            List<Long> ids = ImportPlan.ids(person);
            Contact value = person.value.withOrganisations(ids).normalised();
            if (person.isNew()) {
                person.id = contacts.insert(value).id();
            } else if (person.changed(ids)) {
                contacts.update(value);
            }
            step();
        }
        for (Drafts.Member member : plan.members()) {
            List<Long> representatives = ImportPlan.representativeIds(member);
            Membership v = member.value;
            Membership value = new Membership(v.id(), v.groupId(), member.organisation.id, v.role(), v.joinedOn(),
                    v.leftOn(), v.notes(), representatives, v.version());
            if (member.isNew()) {
                groups.insertMembership(value);
            } else if (member.changed(representatives)) {
                groups.updateMembership(value);
            }
            step();
        }
    }

    private void step() {
        if (++done % CHECK_EVERY == 0) {
            progress.update(done, total);
            progress.checkCancelled();
        }
    }
}
