package fr.cress.relais.partners.ui;

import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.partners.Field;
import fr.cress.relais.partners.LegalForm;
import fr.cress.relais.partners.OrganisationKind;
import fr.cress.relais.partners.Phones;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/**
 * The detail of an organisation: identity, address, contact details, tags and notes, with inline
 * validation; then its contacts and its memberships (below, added by the tab).
 */
final class OrganisationForm {

    private final FormValidation validation;
    private final Label title = new Label();
    private final VBox header = new VBox(8);
    private final VBox body = new VBox(12);
    private final TextField name;
    final Button save;
    final Button revert;
    final Button delete;

    OrganisationForm(OrganisationEditor model, I18n i18n) {
        this.validation = new FormValidation(model, i18n, "partners-form-errors");
        title.getStyleClass().add("title-3");
        title.setId("partners-form-title");
        Forms f = new Forms();
        f.section(i18n.t("partners.form.identity"));
        name = text(f, i18n.t("partners.org.name"), "org-name", model.name, Field.NAME);
        text(f, i18n.t("partners.org.acronym"), "org-acronym", model.acronym, Field.ACRONYM);
        ComboBox<OrganisationKind> kind = f.field(i18n.t("partners.org.kind"), "org-kind",
                new ComboBox<>(FXCollections.observableArrayList(OrganisationKind.values())));
        kind.setConverter(new EnumConverter<>(i18n, ""));
        kind.valueProperty().bindBidirectional(model.kind);
        ComboBox<LegalForm> form = f.field(i18n.t("partners.org.legalForm"), "org-legal-form",
                new ComboBox<>(FXCollections.observableArrayList(LegalForm.values())));
        form.setConverter(new EnumConverter<>(i18n, i18n.t("partners.form.unspecified")));
        form.setPromptText(i18n.t("partners.form.unspecified"));
        form.valueProperty().bindBidirectional(model.legalForm);
        f.section(i18n.t("partners.form.coordinates"));
        text(f, i18n.t("partners.org.address"), "org-address", model.address, null);
        text(f, i18n.t("partners.org.postalCode"), "org-postal-code", model.postalCode, Field.POSTAL_CODE);
        text(f, i18n.t("partners.org.town"), "org-town", model.town, null);
        text(f, i18n.t("partners.org.communeCode"), "org-commune-code", model.communeCode, Field.COMMUNE_CODE);
        text(f, i18n.t("partners.org.website"), "org-website", model.website, Field.WEBSITE);
        text(f, i18n.t("partners.org.email"), "org-email", model.email, Field.EMAIL);
        TextField phone = text(f, i18n.t("partners.org.phone"), "org-phone", model.phone, Field.PHONE);
        tidyPhoneOnExit(phone);
        f.section(i18n.t("partners.form.more"));
        TextField tags = text(f, i18n.t("partners.org.tags"), "org-tags", model.tags, null);
        tags.setPromptText(i18n.t("partners.org.tags.prompt"));
        TextArea notes = f.field(i18n.t("partners.org.notes"), "org-notes", new TextArea());
        notes.setPrefRowCount(3);
        notes.setWrapText(true);
        notes.textProperty().bindBidirectional(model.notes);
        save = button(i18n.t("partners.form.save"), "partners-save", true);
        revert = button(i18n.t("partners.form.revert"), "partners-revert", false);
        delete = button(i18n.t("partners.form.delete"), "partners-delete", false);
        delete.getStyleClass().add("danger");
        revert.disableProperty().bind(model.dirtyProperty().not());
        header.getChildren().addAll(FormHeader.of(title, save, revert, delete), validation.summary());
        header.getStyleClass().add("partners-form-header");
        body.getChildren().add(f.grid());
        body.getStyleClass().add("partners-form");
    }

    /** The title, the buttons and the errors: always in sight above the fields. */
    Node header() {
        return header;
    }

    /** The fields; the detail adds the contacts and memberships below them. */
    VBox body() {
        return body;
    }

    void setTitle(String text) {
        title.setText(text);
    }

    void focusFirstField() {
        Focus.request(name);
    }

    FormValidation validation() {
        return validation;
    }

    private TextField text(Forms f, String label, String id, javafx.beans.property.StringProperty property, Field field) {
        TextField control = f.field(label, id, new TextField());
        control.textProperty().bindBidirectional(property);
        if (field != null) {
            validation.register(control, field);
        }
        return control;
    }

    private static void tidyPhoneOnExit(TextField phone) {
        phone.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                Phones.normalise(phone.getText()).ifPresent(phone::setText);
            }
        });
    }

    private static Button button(String text, String id, boolean accent) {
        Button button = new Button(text);
        button.setId(id);
        if (accent) {
            button.getStyleClass().add("accent");
        }
        return button;
    }
}
