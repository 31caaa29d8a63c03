package fr.cress.relais.partners.ui;

import fr.cress.relais.common.feature.ChangedElsewhere;
import fr.cress.relais.common.feature.UiContext;
import fr.cress.relais.common.text.Formats;
import fr.cress.relais.partners.Directory;
import fr.cress.relais.partners.DirectoryPage;
import fr.cress.relais.partners.Organisation;
import fr.cress.relais.partners.PartnersFeature;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The directory as the section shows it: loaded in the background (rows with their search text, sort keys and
 * search index built there too), reloaded after each change; the tabs listen to it. The first time, the first
 * organisations of the list come first (one light read), then the whole directory.
 */
final class DirectoryModel {

    /** How many organisations the first page holds: more than a screen shows. */
    static final int FIRST_PAGE = 60;

    /**
     * What one load produced. {@code organisationCount} is the number of organisations of the directory; while
     * only the first page is loaded ({@code complete} false) it is more than the rows given.
     */
    record Loaded(Directory directory, List<OrganisationRow> organisations, SearchIndex organisationIndex,
                  List<ContactRow> contacts, SearchIndex contactIndex, List<String> towns,
                  List<Organisation> organisationsByName, int organisationCount, boolean complete) {

        /**
         * Everything, with what costs on the JavaFX thread computed here: indexes, towns, names sorted, and the rows
         * put in the lists' first order (by name; a stable sort, as the table's), so that the table's own sort
         * finds them in order and only checks it.
         */
        static Loaded of(Directory directory, List<OrganisationRow> unsortedOrganisations,
                         List<ContactRow> unsortedContacts) {
            List<OrganisationRow> organisations = unsortedOrganisations.stream()
                    .sorted(Comparator.comparing(OrganisationRow::name)).toList();
            List<ContactRow> contacts = unsortedContacts.stream().sorted(Comparator.comparing(ContactRow::name)).toList();
            List<String> towns = directory.organisations().stream().map(Organisation::town).filter(Objects::nonNull)
                    .map(String::strip).distinct().sorted(Formats.frenchOrder()).toList();
            List<Organisation> byName = directory.organisations().stream()
                    .sorted(Comparator.comparing(Organisation::name, Formats.frenchOrder())).toList();
            return new Loaded(directory, organisations, SearchIndex.of(organisations, OrganisationRow::searchText),
                    contacts, SearchIndex.of(contacts, ContactRow::searchText), towns, byName, organisations.size(),
                    true);
        }

        static Loaded firstPage(DirectoryPage page, List<OrganisationRow> organisations) {
            return new Loaded(page.directory(), organisations, null, List.of(), null, List.of(), List.of(),
                    page.organisations(), false);
        }
    }

    private final PartnersFeature feature;
    private final UiContext ui;
    private final List<Consumer<Loaded>> listeners = new CopyOnWriteArrayList<>();
    private ChangedElsewhere elsewhere = new ChangedElsewhere(java.util.Set.of(), java.util.Map.of());
    private Loaded current = Loaded.of(new Directory(List.of(), List.of(), List.of(), List.of()), List.of(), List.of());
    private boolean loadedOnce;
    /** True once the whole directory was read: {@link #current} holds it. */
    private boolean complete;

    DirectoryModel(PartnersFeature feature, UiContext ui) {
        this.feature = feature;
        this.ui = ui;
    }

    /**
     * Listens to each load; a listener added after the whole directory was read (a tab built when first chosen)
     * gets that directory at once.
     */
    void onLoaded(Consumer<Loaded> listener) {
        listeners.add(listener);
        if (complete) {
            listener.accept(current);
        }
    }

    Directory directory() {
        return current.directory();
    }

    LocalDate today() {
        return LocalDate.now(feature.core().clock());
    }

    /** Reads the directory again in the background; listeners get it on the JavaFX thread. */
    void reload() {
        if (loadedOnce) {
            loadAll();
            return;
        }
        loadedOnce = true;
        DirectoryRows rows = new DirectoryRows(ui.i18n());
        LocalDate today = today();
        ui.tasks().job(ui.i18n().t("partners.loading"), progress -> {
                    DirectoryPage page = feature.partners().directoryFirstPage(FIRST_PAGE);
                    return Loaded.firstPage(page, rows.organisations(page.directory(), today));
                })
                .onSuccess(page -> {
                    listeners.forEach(l -> l.accept(page));
                    loadAll();
                })
                .onFailure(error -> loadAll())
                .start();
    }

    private void loadAll() {
        DirectoryRows rows = new DirectoryRows(ui.i18n());
        LocalDate today = today();
        ui.tasks().job(ui.i18n().t("partners.loading"), progress -> {
                    Directory d = feature.partners().directory();
                    return Loaded.of(d, rows.organisations(d, today), rows.contacts(d, today));
                })
                .onSuccess(loaded -> {
                    current = loaded;
                    complete = true;
                    listeners.forEach(l -> l.accept(loaded));
                })
                .onFailure(ui.dialogs()::showError)
                .start();
    }

    /** Someone else changed the directory: reload, remembering who changed which record. */
    void reloadAfter(ChangedElsewhere changes) {
        elsewhere = changes;
        reload();
    }

    /** Who else changed this record since the last reload, as far as this window heard. */
    String whoChanged(String table, long id) {
        return elsewhere.who(table, id).orElse(fr.cress.relais.db.history.ActingUser.UNKNOWN);
    }

    /** Says to the other sections that the directory changed, and reloads. */
    void changed() {
        ui.events().changed("partners");
        reload();
    }
}
