package fr.cress.relais.partners.ui;

import fr.cress.relais.partners.LegalForm;
import fr.cress.relais.partners.Organisation;
import fr.cress.relais.partners.OrganisationKind;
import fr.cress.relais.partners.PartnerRules;
import fr.cress.relais.partners.Problem;
import fr.cress.relais.partners.Tags;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.List;

/** The organisation being edited: one property per field, bound to the form's controls. */
final class OrganisationEditor extends FormModel<Organisation> {

    final StringProperty name = new SimpleStringProperty("");
    final StringProperty acronym = new SimpleStringProperty("");
    final ObjectProperty<OrganisationKind> kind = new SimpleObjectProperty<>(OrganisationKind.SUPPORT_NETWORK);
    final ObjectProperty<LegalForm> legalForm = new SimpleObjectProperty<>();
    final StringProperty address = new SimpleStringProperty("");
    final StringProperty postalCode = new SimpleStringProperty("");
    final StringProperty town = new SimpleStringProperty("");
    final StringProperty communeCode = new SimpleStringProperty("");
    final StringProperty website = new SimpleStringProperty("");
    final StringProperty email = new SimpleStringProperty("");
    final StringProperty phone = new SimpleStringProperty("");
    final StringProperty tags = new SimpleStringProperty("");
    final StringProperty notes = new SimpleStringProperty("");

    OrganisationEditor() {
        watch(name, acronym, kind, legalForm, address, postalCode, town, communeCode, website, email, phone, tags, notes);
    }

    @Override
    Organisation current() {
        Organisation o = original();
        return new Organisation(o == null ? null : o.id(), name.get(), acronym.get(), kind.get(), legalForm.get(),
                address.get(), postalCode.get(), town.get(), communeCode.get(), website.get(), email.get(),
                phone.get(), Tags.parse(tags.get()), notes.get(), o == null ? 0 : o.version(),
                o == null ? null : o.updatedAt());
    }

    @Override
    protected void fill(Organisation o) {
        name.set(text(o.name()));
        acronym.set(text(o.acronym()));
        kind.set(o.kind());
        legalForm.set(o.legalForm());
        address.set(text(o.address()));
        postalCode.set(text(o.postalCode()));
        town.set(text(o.town()));
        communeCode.set(text(o.communeCode()));
        website.set(text(o.website()));
        email.set(text(o.email()));
        phone.set(text(o.phone()));
        tags.set(Tags.format(o.tags()));
        notes.set(text(o.notes()));
    }

    @Override
    protected List<Problem> check(Organisation value) {
        return PartnerRules.organisation(value);
    }

    @Override
    protected boolean same(Organisation a, Organisation b) {
        return a.sameContent(b);
    }
}
