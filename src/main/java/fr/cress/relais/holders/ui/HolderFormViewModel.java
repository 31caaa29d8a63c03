package fr.cress.relais.holders.ui;

import fr.cress.relais.common.feature.UiContext;
import fr.cress.relais.common.ui.EditConflicts;
import fr.cress.relais.common.ui.RecordVersions;
import fr.cress.relais.holders.CommuneRef;
import fr.cress.relais.holders.ContactChannel;
import fr.cress.relais.holders.Holder;
import fr.cress.relais.holders.HolderService;
import fr.cress.relais.holders.Need;
import fr.cress.relais.holders.Sector;
import fr.cress.relais.holders.Stage;
import fr.cress.relais.partners.ConsentBasis;
import fr.cress.relais.partners.LegalForm;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

import java.time.LocalDate;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * The holder being edited: one property per field, whether it differs from what was loaded (dirty), and the
 * save in the background. A failed save keeps what the user typed.
 */
final class HolderFormViewModel {

    private final HolderService service;
    private final UiContext ui;
    private final EditConflicts conflicts;
    private final ReadOnlyObjectWrapper<Holder> original = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private boolean loading;

    final BooleanProperty collective = new SimpleBooleanProperty();
    final StringProperty displayName = new SimpleStringProperty();
    final StringProperty firstName = new SimpleStringProperty();
    final StringProperty lastName = new SimpleStringProperty();
    final StringProperty email = new SimpleStringProperty();
    final StringProperty phone = new SimpleStringProperty();
    final ObjectProperty<ConsentBasis> consentBasis = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> consentDate = new SimpleObjectProperty<>();
    final StringProperty projectName = new SimpleStringProperty();
    final StringProperty projectSummary = new SimpleStringProperty();
    final ObjectProperty<Sector> sector = new SimpleObjectProperty<>();
    final ObjectProperty<CommuneRef> commune = new SimpleObjectProperty<>();
    final ObjectProperty<Stage> stage = new SimpleObjectProperty<>();
    final ObjectProperty<LegalForm> legalForm = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> firstContactOn = new SimpleObjectProperty<>();
    final ObjectProperty<ContactChannel> channel = new SimpleObjectProperty<>();
    final StringProperty notes = new SimpleStringProperty();
    final ObservableSet<String> needs = FXCollections.observableSet();

    HolderFormViewModel(HolderService service, UiContext ui) {
        this(service, ui, null);
    }

    /** With {@code conflicts}, a save refused because someone saved first opens the shared conflict dialog. */
    HolderFormViewModel(HolderService service, UiContext ui, EditConflicts conflicts) {
        this.service = service;
        this.ui = ui;
        this.conflicts = conflicts;
        Observable[] fields = {collective, displayName, firstName, lastName, email, phone, consentBasis, consentDate,
                projectName, projectSummary, sector, commune, stage, legalForm, firstContactOn, channel, notes, needs};
        for (Observable field : fields) {
            field.addListener(o -> updateDirty());
        }
    }

    /** Shows a holder (null: nothing). */
    void load(Holder holder, CommuneRef communeRef) {
        loading = true;
        original.set(holder);
        if (holder != null) {
            collective.set(holder.collective());
            displayName.set(holder.displayName());
            firstName.set(holder.firstName());
            lastName.set(holder.lastName());
            email.set(holder.email());
            phone.set(holder.phone());
            consentBasis.set(holder.consentBasis());
            consentDate.set(holder.consentDate());
            projectName.set(holder.projectName());
            projectSummary.set(holder.projectSummary());
            sector.set(holder.sector());
            commune.set(communeRef);
            stage.set(holder.stage());
            legalForm.set(holder.legalForm());
            firstContactOn.set(holder.firstContactOn());
            channel.set(holder.firstContactChannel());
            notes.set(holder.notes());
            needs.clear();
            needs.addAll(holder.needs());
        }
        loading = false;
        updateDirty();
    }

    void newHolder() {
        load(Holder.blank(service.today()), null);
    }

    /** What the form holds now, as the service takes it. */
    Holder current() {
        Holder o = original.get();
        List<String> orderedNeeds = Need.catalogue().stream().map(Need::key).filter(needs::contains).toList();
        String name = text(displayName.get());
        return new Holder(o.id(), o.version(), name == null ? "" : name, collective.get(), text(firstName.get()),
                text(lastName.get()), text(email.get()), text(phone.get()), consentBasis.get(), consentDate.get(),
                text(projectName.get()), text(projectSummary.get()), sector.get(),
                commune.get() == null ? null : commune.get().code(), stage.get(), legalForm.get(),
                firstContactOn.get(), channel.get(), text(notes.get()), o.anonymised(), orderedNeeds);
    }

    List<String> problems() {
        return service.validator().problems(current(), service.today(), code -> commune.get() != null);
    }

    /** Saves in the background; {@code saved} receives the holder's id. */
    void save(LongConsumer saved) {
        save(current(), saved);
    }

    private void save(Holder holder, LongConsumer saved) {
        ui.tasks().job(ui.i18n().t("holders.form.saving"), progress -> service.save(holder))
                .onSuccess(id -> saved.accept(id))
                .onFailure(error -> {
                    if (conflicts == null || holder.id() == null) {
                        ui.dialogs().showError(error);
                        return;
                    }
                    conflicts.saveFailed(error, new EditConflicts.Edit<>("holder", holder.id(), holder,
                            () -> service.find(holder.id()).orElse(null),
                            theirs -> {
                                dirty.set(false);
                                saved.accept(theirs.id());
                            },
                            theirs -> save(RecordVersions.withVersion(holder, theirs.version()), saved)));
                })
                .start();
    }

    private void updateDirty() {
        if (loading) {
            return;
        }
        Holder o = original.get();
        dirty.set(o != null && !normalised(o).equals(current()));
    }

    private Holder normalised(Holder o) {
        List<String> orderedNeeds = Need.catalogue().stream().map(Need::key).filter(o.needs()::contains).toList();
        return new Holder(o.id(), o.version(), o.displayName() == null ? "" : o.displayName().strip(), o.collective(),
                text(o.firstName()), text(o.lastName()), text(o.email()), text(o.phone()), o.consentBasis(),
                o.consentDate(), text(o.projectName()), text(o.projectSummary()), o.sector(), o.communeCode(),
                o.stage(), o.legalForm(), o.firstContactOn(), o.firstContactChannel(), text(o.notes()),
                o.anonymised(), orderedNeeds);
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    ReadOnlyBooleanProperty dirty() {
        return dirty.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<Holder> original() {
        return original.getReadOnlyProperty();
    }

    LocalDate today() {
        return service.today();
    }

    boolean isAnonymised() {
        return original.get() != null && original.get().anonymised();
    }
}
