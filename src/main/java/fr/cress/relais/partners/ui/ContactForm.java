package fr.cress.relais.partners.ui;

import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.ui.CheckedChoices;
import fr.cress.relais.partners.ConsentBasis;
import fr.cress.relais.partners.Field;
import fr.cress.relais.partners.Organisation;
import fr.cress.relais.partners.Phones;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckComboBox;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** The detail of a contact: identity, organisations, contact details, notes, and the RGPD basis for keeping them. */
final class ContactForm {

    private final ContactEditor model;
    private final FormValidation validation;
    private final Label title = new Label();
    private final VBox header = new VBox(8);
    private final VBox body = new VBox(12);
    private final TextField firstName;
    private final CheckComboBox<Organisation> organisations = new CheckComboBox<>();
    private boolean syncing;
    final Button save;
    final Button revert;
    final Button delete;

    ContactForm(ContactEditor model, I18n i18n, Clock clock) {
        this.model = model;
        this.validation = new FormValidation(model, i18n, "contacts-form-errors");
        title.getStyleClass().add("title-3");
        title.setId("contacts-form-title");
        Forms f = new Forms();
        f.section(i18n.t("partners.form.identity"));
        firstName = text(f, i18n.t("partners.contact.firstName"), "contact-first-name", model.firstName, Field.FIRST_NAME);
        text(f, i18n.t("partners.contact.lastName"), "contact-last-name", model.lastName, Field.LAST_NAME);
        text(f, i18n.t("partners.contact.jobTitle"), "contact-job-title", model.jobTitle, null);
        f.field(i18n.t("partners.contact.organisations"), "contact-organisations", organisations);
        organisations.setConverter(Converters.of(Organisation::shortName));
        String none = i18n.t("partners.contact.organisations.none");
        organisations.setTitle(none);
        organisations.getCheckModel().getCheckedItems().addListener((ListChangeListener<Organisation>) c -> {
            // The title replaces the list of checked organisations: shown only when there is none.
            organisations.setTitle(organisations.getCheckModel().getCheckedItems().isEmpty() ? none : null);
            checked();
        });
        model.organisationIds.addListener((ListChangeListener<Long>) c -> syncChecks());
        f.section(i18n.t("partners.form.coordinates"));
        text(f, i18n.t("partners.contact.email"), "contact-email", model.email, Field.EMAIL);
        TextField phone = text(f, i18n.t("partners.contact.phone"), "contact-phone", model.phone, Field.PHONE);
        phone.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                Phones.normalise(phone.getText()).ifPresent(phone::setText);
            }
        });
        TextArea notes = f.field(i18n.t("partners.contact.notes"), "contact-notes", new TextArea());
        notes.setPrefRowCount(3);
        notes.setWrapText(true);
        notes.textProperty().bindBidirectional(model.notes);
        f.section(i18n.t("partners.contact.consent"));
        ComboBox<ConsentBasis> basis = f.field(i18n.t("partners.contact.consentBasis"), "contact-consent-basis",
                new ComboBox<>(FXCollections.observableArrayList(ConsentBasis.values())));
        basis.setConverter(new EnumConverter<>(i18n, i18n.t("partners.form.unspecified")));
        basis.valueProperty().bindBidirectional(model.consentBasis);
        DatePicker date = f.field(i18n.t("partners.contact.consentDate"), "contact-consent-date", new DatePicker());
        date.setConverter(new FrenchDateConverter(clock));
        date.setPromptText(i18n.t("partners.form.datePrompt"));
        date.valueProperty().bindBidirectional(model.consentDate);
        validation.register(date, Field.CONSENT_DATE);
        save = button(i18n.t("partners.form.save"), "contacts-save");
        save.getStyleClass().add("accent");
        revert = button(i18n.t("partners.form.revert"), "contacts-revert");
        revert.disableProperty().bind(model.dirtyProperty().not());
        delete = button(i18n.t("partners.form.delete"), "contacts-delete");
        delete.getStyleClass().add("danger");
        header.getChildren().addAll(FormHeader.of(title, save, revert, delete), validation.summary());
        header.getStyleClass().add("partners-form-header");
        body.getChildren().add(f.grid());
        body.getStyleClass().add("partners-form");
    }

    /** Adds a section below the fields (the history). */
    void addSection(Node section) {
        body.getChildren().add(section);
    }

    /** Title, buttons and errors above, the fields below (they scroll). */
    Node node() {
        ScrollPane fields = new ScrollPane(body);
        fields.setFitToWidth(true);
        javafx.scene.layout.BorderPane pane = new javafx.scene.layout.BorderPane(fields, header, null, null, null);
        pane.getStyleClass().add("partners-detail");
        return pane;
    }

    void setTitle(String text) {
        title.setText(text);
    }

    void focusFirstField() {
        Focus.request(firstName);
    }

    FormValidation validation() {
        return validation;
    }

    /** The organisations one can choose, sorted the French way. */
    void setOrganisations(List<Organisation> all) {
        syncing = true;
        try {
            CheckedChoices.replace(organisations, all, Organisation::id);
        } finally {
            syncing = false;
        }
        syncChecks();
    }

    private void syncChecks() {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            organisations.getCheckModel().clearChecks();
            for (Organisation o : organisations.getItems()) {
                if (model.organisationIds.contains(o.id())) {
                    organisations.getCheckModel().check(o);
                }
            }
        } finally {
            syncing = false;
        }
    }

    private void checked() {
        if (syncing) {
            return;
        }
        List<Long> ids = new ArrayList<>(model.organisationIds);
        List<Long> checked = organisations.getCheckModel().getCheckedItems().stream().map(Organisation::id).toList();
        ids.retainAll(checked);
        checked.stream().filter(id -> !ids.contains(id)).forEach(ids::add);
        syncing = true;
        try {
            model.organisationIds.setAll(ids);
        } finally {
            syncing = false;
        }
    }

    private TextField text(Forms f, String label, String id, javafx.beans.property.StringProperty property, Field field) {
        TextField control = f.field(label, id, new TextField());
        control.textProperty().bindBidirectional(property);
        if (field != null) {
            validation.register(control, field);
        }
        return control;
    }

    private static Button button(String text, String id) {
        Button button = new Button(text);
        button.setId(id);
        return button;
    }
}
