package fr.cress.relais.partners.privacy;

import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.db.Store;
import fr.cress.relais.partners.Contact;
import fr.cress.relais.partners.ContactRepository;
import fr.cress.relais.partners.Directory;
import fr.cress.relais.partners.DirectoryRepository;
import fr.cress.relais.partners.GroupRepository;
import fr.cress.relais.partners.Membership;
import fr.cress.relais.partners.Organisation;
import fr.cress.relais.partners.Transactions;
import fr.cress.relais.partners.WorkGroup;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * The RGPD duties about contacts: gather everything about one person (to send it to them), erase a person
 * (their row becomes an anonymous placeholder that history keeps pointing to), and list the contacts with
 * no activity for some years, to review. Later features add their data and activity through
 * {@link ContactDataSource} and {@link ActivitySource}.
 */
public final class PrivacyService {

    private final Transactions tx;
    private final I18n i18n;
    private final Clock clock;
    private final ContactHistorySource history;
    private final List<ContactDataSource> dataSources = new CopyOnWriteArrayList<>();
    private final List<ActivitySource> activitySources = new CopyOnWriteArrayList<>();

    public PrivacyService(Store store, I18n i18n, Clock clock) {
        this.tx = new Transactions(store);
        this.i18n = i18n;
        this.clock = clock;
        activitySources.add(this::directoryActivity);
        this.history = new ContactHistorySource(store, i18n);
    }

    public void register(ContactDataSource source) {
        dataSources.add(source);
    }

    public void register(ActivitySource source) {
        activitySources.add(source);
    }

    /** Everything about the contact: identity, organisations, memberships represented, then other features' data. */
    public ContactDossier dossier(long contactId) {
        List<DataSection> sections = new ArrayList<>(tx.read(dsl -> {
            Directory directory = new DirectoryRepository(dsl, clock).load();
            Contact contact = new ContactRepository(dsl, clock).find(contactId).orElseThrow();
            List<Membership> represented = new GroupRepository(dsl, clock).findRepresentedBy(contactId);
            return new DossierSections(i18n).of(contact, directory, represented);
        }));
        for (ContactDataSource source : dataSources) {
            sections.addAll(source.collect(contactId));
        }
        sections.addAll(history.collect(contactId));
        Contact contact = tx.read(dsl -> new ContactRepository(dsl, clock).find(contactId).orElseThrow());
        return new ContactDossier(contact, LocalDateTime.now(clock), sections);
    }

    /** Erases the person: names become « Contact supprimé », e-mail, phone, notes and consent are cleared. */
    public void erase(Contact contact) {
        tx.run(dsl -> {
            new ContactRepository(dsl, clock).anonymise(contact, i18n.t("partners.privacy.erasedName"));
            return null;
        });
    }

    /** Contacts whose last activity is more than {@code years} years ago, the oldest first. */
    public List<InactiveContact> inactive(int years) {
        LocalDate limit = LocalDate.now(clock).minusYears(years);
        Map<Long, LocalDate> last = new HashMap<>();
        for (ActivitySource source : activitySources) {
            source.lastActivity().forEach((id, day) -> last.merge(id, day, (a, b) -> a.isAfter(b) ? a : b));
        }
        Directory directory = tx.read(dsl -> new DirectoryRepository(dsl, clock).load());
        Map<Long, Organisation> organisations = directory.organisationsById();
        return directory.contacts().stream()
                .filter(c -> last.containsKey(c.id()) && last.get(c.id()).isBefore(limit))
                .map(c -> new InactiveContact(c, c.organisationIds().stream().map(organisations::get)
                        .filter(java.util.Objects::nonNull).map(Organisation::shortName).collect(Collectors.joining(", ")),
                        last.get(c.id())))
                .sorted(Comparator.comparing(InactiveContact::lastActivity))
                .toList();
    }

    /** Activity known to the directory: the contact's own changes and those of the memberships they represent. */
    private Map<Long, LocalDate> directoryActivity() {
        return tx.read(dsl -> {
            Map<Long, LocalDate> result = new HashMap<>();
            new ContactRepository(dsl, clock).lastUpdates().forEach((id, t) -> result.put(id, t.toLocalDate()));
            new GroupRepository(dsl, clock).lastRepresentativeUpdates().forEach((id, t) ->
                    result.computeIfPresent(id, (k, v) -> t.toLocalDate().isAfter(v) ? t.toLocalDate() : v));
            return result;
        });
    }

    /** Names of groups, for the sections. */
    static String groupName(Map<Long, WorkGroup> groups, long id) {
        WorkGroup g = groups.get(id);
        return g == null ? "" : g.name();
    }
}
