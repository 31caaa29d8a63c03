package fr.cress.relais.partners.ui;

import fr.cress.relais.partners.ConsentBasis;
import fr.cress.relais.partners.Contact;
import fr.cress.relais.partners.PartnerRules;
import fr.cress.relais.partners.Problem;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/** The contact being edited: one property per field, its organisations as a list of ids. */
final class ContactEditor extends FormModel<Contact> {

    final StringProperty firstName = new SimpleStringProperty("");
    final StringProperty lastName = new SimpleStringProperty("");
    final StringProperty jobTitle = new SimpleStringProperty("");
    final StringProperty email = new SimpleStringProperty("");
    final StringProperty phone = new SimpleStringProperty("");
    final StringProperty notes = new SimpleStringProperty("");
    final ObjectProperty<ConsentBasis> consentBasis = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> consentDate = new SimpleObjectProperty<>();
    final ObservableList<Long> organisationIds = FXCollections.observableArrayList();
    private final Supplier<LocalDate> today;

    ContactEditor(Supplier<LocalDate> today) {
        this.today = today;
        watch(firstName, lastName, jobTitle, email, phone, notes, consentBasis, consentDate, organisationIds);
    }

    @Override
    Contact current() {
        Contact c = original();
        return new Contact(c == null ? null : c.id(), firstName.get(), lastName.get(), jobTitle.get(), email.get(),
                phone.get(), notes.get(), consentBasis.get(), consentDate.get(), c != null && c.anonymised(),
                List.copyOf(organisationIds), c == null ? 0 : c.version(), c == null ? null : c.updatedAt());
    }

    @Override
    protected void fill(Contact c) {
        firstName.set(text(c.firstName()));
        lastName.set(text(c.lastName()));
        jobTitle.set(text(c.jobTitle()));
        email.set(text(c.email()));
        phone.set(text(c.phone()));
        notes.set(text(c.notes()));
        consentBasis.set(c.consentBasis());
        consentDate.set(c.consentDate());
        organisationIds.setAll(c.organisationIds());
    }

    @Override
    protected List<Problem> check(Contact value) {
        return PartnerRules.contact(value, today.get());
    }

    @Override
    protected boolean same(Contact a, Contact b) {
        return a.sameContent(b);
    }
}
