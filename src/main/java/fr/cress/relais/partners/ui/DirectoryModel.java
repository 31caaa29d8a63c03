package fr.cress.relais.partners.ui;

import fr.cress.relais.common.feature.ChangedElsewhere;
import fr.cress.relais.common.feature.UiContext;
import fr.cress.relais.partners.Directory;
import fr.cress.relais.partners.PartnersFeature;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The directory as the section shows it: loaded in the background (rows with their search text and sort
 * keys built there too), reloaded after each change; the tabs listen to it.
 */
final class DirectoryModel {

    /** What one load produced. */
    record Loaded(Directory directory, List<OrganisationRow> organisations, SearchIndex organisationIndex,
                  List<ContactRow> contacts, SearchIndex contactIndex) {

        static Loaded of(Directory directory, List<OrganisationRow> organisations, List<ContactRow> contacts) {
            return new Loaded(directory, organisations, SearchIndex.of(organisations, OrganisationRow::searchText),
                    contacts, SearchIndex.of(contacts, ContactRow::searchText));
        }
    }

    private final PartnersFeature feature;
    private final UiContext ui;
    private final List<Consumer<Loaded>> listeners = new CopyOnWriteArrayList<>();
    private ChangedElsewhere elsewhere = new ChangedElsewhere(java.util.Set.of(), java.util.Map.of());
    private Loaded current = Loaded.of(new Directory(List.of(), List.of(), List.of(), List.of()), List.of(), List.of());

    DirectoryModel(PartnersFeature feature, UiContext ui) {
        this.feature = feature;
        this.ui = ui;
    }

    void onLoaded(Consumer<Loaded> listener) {
        listeners.add(listener);
    }

    Directory directory() {
        return current.directory();
    }

    LocalDate today() {
        return LocalDate.now(feature.core().clock());
    }

    /** Reads the directory again in the background; listeners get it on the JavaFX thread. */
    void reload() {
        DirectoryRows rows = new DirectoryRows(ui.i18n());
        LocalDate today = today();
        ui.tasks().job(ui.i18n().t("partners.loading"), progress -> {
                    Directory d = feature.partners().directory();
                    return Loaded.of(d, rows.organisations(d, today), rows.contacts(d, today));
                })
                .onSuccess(loaded -> {
                    current = loaded;
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
