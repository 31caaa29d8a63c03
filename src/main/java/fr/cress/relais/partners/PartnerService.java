package fr.cress.relais.partners;

import fr.cress.relais.common.error.BadInputException;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.db.Store;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Organisations and contacts: reads the directory, checks the rules, saves in one transaction with
 * optimistic locking, moves to and restores from the recycle bin.
 */
public final class PartnerService {

    private final Transactions tx;
    private final I18n i18n;
    private final Clock clock;

    public PartnerService(Store store, I18n i18n, Clock clock) {
        this.tx = new Transactions(store);
        this.i18n = i18n;
        this.clock = clock;
    }

    /** The whole directory; links to organisations in the recycle bin are left out. */
    public Directory directory() {
        return tx.read(dsl -> new DirectoryRepository(dsl, clock).load());
    }

    /** The first organisations of the list, with their contacts: shown while the whole directory loads. */
    public DirectoryPage directoryFirstPage(int size) {
        return tx.read(dsl -> new DirectoryRepository(dsl, clock).firstPage(size));
    }

    /** One organisation as saved now; empty when it is gone (deleted or in the recycle bin). */
    public Optional<Organisation> organisation(long id) {
        return tx.read(dsl -> new PartnerRepository(dsl, clock).find(id));
    }

    /** One contact as saved now; empty when it is gone. */
    public Optional<Contact> contact(long id) {
        return tx.read(dsl -> new ContactRepository(dsl, clock).find(id));
    }

    public Organisation save(Organisation organisation) {
        Organisation o = organisation.normalised();
        Problem.refuse(i18n, PartnerRules.organisation(o));
        return tx.run(dsl -> {
            PartnerRepository repository = new PartnerRepository(dsl, clock);
            refuseDuplicateName(repository, o);
            return o.isNew() ? repository.insert(o) : repository.update(o);
        });
    }

    public void delete(Organisation organisation) {
        tx.run(dsl -> {
            new PartnerRepository(dsl, clock).softDelete(organisation);
            return null;
        });
    }

    public Organisation restoreOrganisation(long id) {
        return tx.run(dsl -> new PartnerRepository(dsl, clock).restore(id));
    }

    public List<Deleted<Organisation>> deletedOrganisations() {
        return tx.read(dsl -> new PartnerRepository(dsl, clock).findDeleted());
    }

    public Contact save(Contact contact) {
        Contact c = contact.normalised();
        Problem.refuse(i18n, PartnerRules.contact(c, LocalDate.now(clock)));
        return tx.run(dsl -> {
            ContactRepository repository = new ContactRepository(dsl, clock);
            return c.isNew() ? repository.insert(c) : repository.update(c);
        });
    }

    public void delete(Contact contact) {
        tx.run(dsl -> {
            new ContactRepository(dsl, clock).softDelete(contact);
            return null;
        });
    }

    public Contact restoreContact(long id) {
        return tx.run(dsl -> new ContactRepository(dsl, clock).restore(id));
    }

    public List<Deleted<Contact>> deletedContacts() {
        return tx.read(dsl -> new ContactRepository(dsl, clock).findDeleted());
    }

    private void refuseDuplicateName(PartnerRepository repository, Organisation o) {
        String key = Texts.key(o.name());
        repository.findAll().stream()
                .filter(other -> !other.id().equals(o.id()) && Texts.key(other.name()).equals(key))
                .findFirst()
                .ifPresent(other -> {
                    throw new BadInputException("partners.error.duplicateName", other.shortName());
                });
    }
}
