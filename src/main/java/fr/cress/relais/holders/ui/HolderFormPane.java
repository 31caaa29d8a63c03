package fr.cress.relais.holders.ui;

import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.i18n.Labelled;
import fr.cress.relais.holders.ContactChannel;
import fr.cress.relais.holders.Sector;
import fr.cress.relais.holders.Stage;
import fr.cress.relais.partners.ConsentBasis;
import fr.cress.relais.partners.LegalForm;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
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
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.Predicate;

/** The form of one holder: who, the project, where and how far, the needs, the first contact, notes. */
final class HolderFormPane {

    private final HolderFormViewModel model;
    private final I18n i18n;
    private final ValidationSupport validation = new ValidationSupport();
    private final CommunePicker commune;
    private final VBox content = new VBox(16);
    private final Label anonymised = new Label();
    private final ScrollPane node;
    private TextField displayName;

    HolderFormPane(HolderFormViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
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
        GridPane grid = grid();
        ToggleGroup kind = new ToggleGroup();
        RadioButton person = new RadioButton(i18n.t("holders.kind.person"));
        RadioButton collective = new RadioButton(i18n.t("holders.kind.collective"));
        person.setToggleGroup(kind);
        collective.setToggleGroup(kind);
        collective.setId("holder-collective");
        person.setSelected(!model.collective.get());
        collective.selectedProperty().bindBidirectional(model.collective);
        model.collective.addListener((obs, old, c) -> person.setSelected(!c));
        row(grid, 0, "holders.form.kind", new HBox(16, person, collective));
        displayName = text("holder-name", model.displayName);
        row(grid, 1, "holders.form.name", displayName);
        require(displayName, "holders.invalid.name", t -> t != null && !t.isBlank());
        row(grid, 2, "holders.form.firstName", text("holder-first-name", model.firstName));
        row(grid, 3, "holders.form.lastName", text("holder-last-name", model.lastName));
        TextField email = text("holder-email", model.email);
        row(grid, 4, "holders.form.email", email);
        require(email, "holders.invalid.email", t -> t == null || t.isBlank() || t.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"));
        row(grid, 5, "holders.form.phone", text("holder-phone", model.phone));
        ComboBox<ConsentBasis> consent = combo("holder-consent", ConsentBasis.values(), model.consentBasis, null);
        DatePicker consentDate = date("holder-consent-date", model.consentDate);
        row(grid, 6, "holders.form.consent", new HBox(8, consent, consentDate));
        validation.registerValidator(consentDate, false, (Control c, LocalDate d) -> ValidationResult.fromErrorIf(c,
                i18n.t("holders.invalid.consent"), !model.isAnonymised() && (d == null || d.isAfter(model.today()))));
        return section("holders.form.section.who", grid);
    }

    private Node project() {
        GridPane grid = grid();
        row(grid, 0, "holders.form.projectName", text("holder-project", model.projectName));
        TextArea summary = new TextArea();
        summary.setId("holder-summary");
        summary.setPrefRowCount(3);
        summary.setWrapText(true);
        summary.textProperty().bindBidirectional(model.projectSummary);
        row(grid, 1, "holders.form.summary", summary);
        row(grid, 2, "holders.form.sector", combo("holder-sector", Sector.values(), model.sector, "holders.form.none"));
        row(grid, 3, "holders.form.commune", commune.field());
        validation.registerValidator(commune.field(), false, (Control c, String t) ->
                ValidationResult.fromErrorIf(c, i18n.t("holders.invalid.commune"), commune.isUnresolved()));
        row(grid, 4, "holders.form.stage", combo("holder-stage", Stage.values(), model.stage, null));
        row(grid, 5, "holders.form.legalForm",
                combo("holder-legal-form", LegalForm.values(), model.legalForm, "holders.form.undecided"));
        return section("holders.form.section.project", grid);
    }

    private Node needs() {
        return section("holders.form.section.needs", new NeedsSelector(i18n, model.needs).node());
    }

    private Node firstContact() {
        GridPane grid = grid();
        DatePicker met = date("holder-first-contact", model.firstContactOn);
        row(grid, 0, "holders.form.firstContact", met);
        validation.registerValidator(met, false, (Control c, LocalDate d) -> ValidationResult.fromErrorIf(c,
                i18n.t("holders.invalid.firstContact"), d == null || d.isAfter(model.today())));
        row(grid, 1, "holders.form.channel", combo("holder-channel", ContactChannel.values(), model.channel, "holders.form.none"));
        return section("holders.form.section.contact", grid);
    }

    private Node notes() {
        TextArea notes = new TextArea();
        notes.setId("holder-notes");
        notes.setPrefRowCount(4);
        notes.setWrapText(true);
        notes.textProperty().bindBidirectional(model.notes);
        return section("holders.form.section.notes", notes);
    }

    private void require(TextField field, String key, Predicate<String> ok) {
        validation.registerValidator(field, false, Validator.createPredicateValidator(ok, i18n.t(key), Severity.ERROR));
    }

    private TextField text(String id, StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private DatePicker date(String id, ObjectProperty<LocalDate> property) {
        DatePicker picker = FrenchDates.picker(id, i18n.t("holders.form.datePrompt"));
        picker.valueProperty().bindBidirectional(property);
        return picker;
    }

    private <T extends Labelled> ComboBox<T> combo(String id, T[] values, ObjectProperty<T> property, String noneKey) {
        ComboBox<T> combo = new ComboBox<>();
        combo.setId(id);
        if (noneKey != null) {
            combo.getItems().add(null);
        }
        combo.getItems().addAll(Arrays.asList(values));
        Labels.show(combo, Labels.converter(i18n, noneKey == null ? "" : i18n.t(noneKey)));
        combo.valueProperty().bindBidirectional(property);
        combo.setMaxWidth(Double.MAX_VALUE);
        return combo;
    }

    private GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(195);
        labels.setPrefWidth(195);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        return grid;
    }

    private void row(GridPane grid, int row, String key, Node field) {
        Label label = new Label(i18n.t(key));
        label.setLabelFor(field);
        label.getStyleClass().add("form-label");
        grid.addRow(row, label, field);
    }

    private Node section(String key, Node body) {
        Label title = new Label(i18n.t(key));
        title.getStyleClass().add("title-4");
        return new VBox(8, title, body);
    }

    void setCommunes(java.util.List<fr.cress.relais.holders.CommuneRef> communes) {
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
