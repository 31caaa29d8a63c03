package fr.cress.relais.holders.ui;

import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.holders.CommuneRef;
import fr.cress.relais.holders.ContactChannel;
import fr.cress.relais.holders.HolderValidator;
import fr.cress.relais.holders.Sector;
import fr.cress.relais.holders.Stage;
import fr.cress.relais.partners.ConsentBasis;
import fr.cress.relais.partners.LegalForm;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

/** The form of one holder: who, the project, where and how far, the needs, the first contact, notes. */
final class HolderFormPane {

    private final HolderFormViewModel model;
    private final I18n i18n;
    private final FormParts parts;
    private final ValidationSupport validation = new ValidationSupport();
    private final CommunePicker commune;
    private final VBox content = new VBox(16);
    private final Label anonymised = new Label();
    private final ScrollPane node;
    private TextField displayName;

    HolderFormPane(HolderFormViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        this.parts = new FormParts(i18n);
        this.commune = new CommunePicker(i18n.t("holders.form.commune.prompt"));
        commune.commune().bindBidirectional(model.commune);
        anonymised.setText(i18n.t("holders.form.anonymised"));
        anonymised.getStyleClass().add("holders-anonymised");
        anonymised.setWrapText(true);
        anonymised.managedProperty().bind(anonymised.visibleProperty());
        content.getChildren().addAll(anonymised, who(), project(), needs(), firstContact(), notes());
        content.getStyleClass().add("holder-form");
        node = new ScrollPane(content);
        node.setFitToWidth(true);
        node.setId("holder-form");
        model.original().addListener((obs, old, holder) -> {
            boolean erased = model.isAnonymised();
            anonymised.setVisible(erased);
            content.getChildren().stream().skip(1).forEach(n -> n.setDisable(erased));
        });
        anonymised.setVisible(false);
        validation.setErrorDecorationEnabled(true);
    }

    private Node who() {
        GridPane grid = parts.grid();
        ToggleGroup kind = new ToggleGroup();
        RadioButton person = new RadioButton(i18n.t("holders.kind.person"));
        RadioButton collective = new RadioButton(i18n.t("holders.kind.collective"));
        person.setToggleGroup(kind);
        collective.setToggleGroup(kind);
        collective.setId("holder-collective");
        person.setSelected(!model.collective.get());
        collective.selectedProperty().bindBidirectional(model.collective);
        model.collective.addListener((obs, old, c) -> person.setSelected(!c));
        parts.row(grid, 0, "holders.form.kind", new HBox(16, person, collective));
        displayName = parts.text("holder-name", model.displayName);
        parts.row(grid, 1, "holders.form.name", displayName);
        require(displayName, "holders.invalid.name", t -> t != null && !t.isBlank());
        parts.row(grid, 2, "holders.form.firstName", parts.text("holder-first-name", model.firstName));
        parts.row(grid, 3, "holders.form.lastName", parts.text("holder-last-name", model.lastName));
        TextField email = parts.text("holder-email", model.email);
        parts.row(grid, 4, "holders.form.email", email);
        require(email, "holders.invalid.email", HolderValidator::isEmailOrBlank);
        parts.row(grid, 5, "holders.form.phone", parts.text("holder-phone", model.phone));
        ComboBox<ConsentBasis> consent = parts.combo("holder-consent", ConsentBasis.values(), model.consentBasis, null);
        DatePicker consentDate = parts.date("holder-consent-date", model.consentDate);
        parts.row(grid, 6, "holders.form.consent", new HBox(8, consent, consentDate));
        validation.registerValidator(consentDate, false, (Control c, LocalDate d) -> ValidationResult.fromErrorIf(c,
                i18n.t("holders.invalid.consent"), !model.isAnonymised() && (d == null || d.isAfter(model.today()))));
        return parts.section("holders.form.section.who", grid);
    }

    private Node project() {
        GridPane grid = parts.grid();
        parts.row(grid, 0, "holders.form.projectName", parts.text("holder-project", model.projectName));
        TextArea summary = new TextArea();
        summary.setId("holder-summary");
        summary.setPrefRowCount(3);
        summary.setWrapText(true);
        summary.textProperty().bindBidirectional(model.projectSummary);
        parts.row(grid, 1, "holders.form.summary", summary);
        parts.row(grid, 2, "holders.form.sector", parts.combo("holder-sector", Sector.values(), model.sector, "holders.form.none"));
        parts.row(grid, 3, "holders.form.commune", commune.field());
        validation.registerValidator(commune.field(), false, (Control c, String t) ->
                ValidationResult.fromErrorIf(c, i18n.t("holders.invalid.commune"), commune.isUnresolved()));
        parts.row(grid, 4, "holders.form.stage", parts.combo("holder-stage", Stage.values(), model.stage, null));
        parts.row(grid, 5, "holders.form.legalForm",
                parts.combo("holder-legal-form", LegalForm.values(), model.legalForm, "holders.form.undecided"));
        return parts.section("holders.form.section.project", grid);
    }

    private Node needs() {
        return parts.section("holders.form.section.needs", new NeedsSelector(i18n, model.needs).node());
    }

    private Node firstContact() {
        GridPane grid = parts.grid();
        DatePicker met = parts.date("holder-first-contact", model.firstContactOn);
        parts.row(grid, 0, "holders.form.firstContact", met);
        validation.registerValidator(met, false, (Control c, LocalDate d) -> ValidationResult.fromErrorIf(c,
                i18n.t("holders.invalid.firstContact"), d == null || d.isAfter(model.today())));
        parts.row(grid, 1, "holders.form.channel", parts.combo("holder-channel", ContactChannel.values(), model.channel, "holders.form.none"));
        return parts.section("holders.form.section.contact", grid);
    }

    private Node notes() {
        TextArea notes = new TextArea();
        notes.setId("holder-notes");
        notes.setPrefRowCount(4);
        notes.setWrapText(true);
        notes.textProperty().bindBidirectional(model.notes);
        return parts.section("holders.form.section.notes", notes);
    }

    private void require(TextField field, String key, Predicate<String> ok) {
        validation.registerValidator(field, false, Validator.createPredicateValidator(ok, i18n.t(key), Severity.ERROR));
    }

    void setCommunes(List<CommuneRef> communes) {
        commune.setCommunes(communes);
    }

    boolean isInvalid() {
        return validation.isInvalid() != null && validation.isInvalid();
    }

    void focusFirstField() {
        displayName.requestFocus();
    }

    Node node() {
        return node;
    }
}
