package fr.cress.relais.partners.ui;

import fr.cress.relais.common.ui.CheckedChoices;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.text.Formats;
import fr.cress.relais.partners.Contact;
import fr.cress.relais.partners.Directory;
import fr.cress.relais.partners.MemberRole;
import fr.cress.relais.partners.Membership;
import fr.cress.relais.partners.Organisation;
import fr.cress.relais.partners.WorkGroup;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import org.controlsfx.control.CheckListView;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Adds or edits a membership: the group, the organisation, its role, when it joined and left (left empty:
 * still a member) and who represents it (among its contacts). The dates are checked as they are typed.
 */
final class MembershipDialog {

    private final Dialog<Membership> dialog = new Dialog<>();
    private final ComboBox<WorkGroup> group = new ComboBox<>();
    private final ComboBox<Organisation> organisation = new ComboBox<>();
    private final ComboBox<MemberRole> role = new ComboBox<>(FXCollections.observableArrayList(MemberRole.values()));
    private final DatePicker joined = new DatePicker();
    private final DatePicker left = new DatePicker();
    private final CheckListView<Contact> representatives = new CheckListView<>();
    private final TextArea notes = new TextArea();
    private final Directory directory;

    MembershipDialog(Membership start, Directory directory, I18n i18n, Clock clock, javafx.stage.Window owner) {
        this.directory = directory;
        dialog.initOwner(owner);
        dialog.setTitle(i18n.t(start.isNew() ? "partners.membership.add" : "partners.membership.edit"));
        group.setItems(FXCollections.observableArrayList(directory.groups()));
        group.setConverter(Converters.of(WorkGroup::name));
        organisation.setItems(FXCollections.observableArrayList(directory.organisations().stream()
                .sorted(Comparator.comparing(Organisation::name, Formats.frenchOrder())).toList()));
        organisation.setConverter(Converters.of(Organisation::name));
        role.setConverter(new EnumConverter<>(i18n, ""));
        for (DatePicker picker : List.of(joined, left)) {
            picker.setConverter(new FrenchDateConverter(clock));
            picker.setPromptText(i18n.t("partners.form.datePrompt"));
        }
        representatives.setCellFactory(list -> new javafx.scene.control.cell.CheckBoxListCell<>(
                representatives::getItemBooleanProperty, Converters.of(Contact::fullName)));
        representatives.setPrefHeight(120);
        notes.setPrefRowCount(2);
        organisation.valueProperty().addListener((o, a, b) -> fillRepresentatives(List.of()));
        fill(start);
        dialog.getDialogPane().setContent(form(i18n));
        ButtonType ok = new ButtonType(i18n.t("partners.form.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, new ButtonType(i18n.t("partners.action.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(invalid(i18n));
        dialog.setResultConverter(button -> button == ok ? result(start) : null);
    }

    Optional<Membership> showAndWait() {
        return dialog.showAndWait();
    }

    private Node form(I18n i18n) {
        Forms f = new Forms();
        f.field(i18n.t("partners.membership.group"), "membership-group", group);
        f.field(i18n.t("partners.membership.organisation"), "membership-organisation", organisation);
        f.field(i18n.t("partners.membership.role"), "membership-role", role);
        f.field(i18n.t("partners.membership.joined"), "membership-joined", joined);
        f.field(i18n.t("partners.membership.left"), "membership-left", left);
        f.field(i18n.t("partners.membership.representatives"), "membership-representatives", representatives);
        f.field(i18n.t("partners.membership.notes"), "membership-notes", notes);
        Label hint = new Label(i18n.t("partners.membership.hint"));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        f.wide(hint);
        f.grid().setPrefWidth(520);
        return f.grid();
    }

    private BooleanBinding invalid(I18n i18n) {
        ValidationSupport support = new ValidationSupport();
        // Style classes only: graphic decorations would wrap the dialog pane, which a dialog does not allow.
        support.setValidationDecorator(new org.controlsfx.validation.decoration.StyleClassValidationDecoration(
                "partners-invalid", "partners-warning"));
        support.registerValidator(left, false, (Validator<Object>) (c, v) -> ValidationResult.fromErrorIf(c,
                i18n.t("partners.rule.leftBeforeJoined"), leftBeforeJoined()));
        joined.valueProperty().addListener((o, a, b) -> support.revalidate());
        support.registerValidator(group, true, Validator.createEmptyValidator(i18n.t("partners.rule.groupRequired")));
        support.registerValidator(organisation, true,
                Validator.createEmptyValidator(i18n.t("partners.rule.organisationRequired")));
        return Bindings.createBooleanBinding(() -> group.getValue() == null || organisation.getValue() == null
                        || leftBeforeJoined(), group.valueProperty(), organisation.valueProperty(),
                joined.valueProperty(), left.valueProperty());
    }

    private boolean leftBeforeJoined() {
        return joined.getValue() != null && left.getValue() != null && left.getValue().isBefore(joined.getValue());
    }

    private void fill(Membership m) {
        group.setValue(directory.groups().stream().filter(g -> g.id() == m.groupId()).findFirst().orElse(null));
        organisation.setValue(directory.organisations().stream().filter(o -> o.id() == m.organisationId())
                .findFirst().orElse(null));
        role.setValue(m.role());
        joined.setValue(m.joinedOn());
        left.setValue(m.leftOn());
        notes.setText(m.notes() == null ? "" : m.notes());
        fillRepresentatives(m.representativeIds());
    }

    private void fillRepresentatives(List<Long> checked) {
        Organisation o = organisation.getValue();
        List<Contact> contacts = o == null ? List.of() : directory.contactsByOrganisation().getOrDefault(o.id(), List.of());
        CheckedChoices.replace(representatives.getItems(), representatives.getCheckModel(), contacts,
                c -> checked.contains(c.id()));
    }

    private Membership result(Membership start) {
        List<Long> ids = representatives.getCheckModel().getCheckedItems().stream().map(Contact::id)
                .filter(Objects::nonNull).toList();
        return new Membership(start.id(), group.getValue().id(), organisation.getValue().id(),
                role.getValue() == null ? MemberRole.MEMBER : role.getValue(), joined.getValue(), left.getValue(),
                notes.getText(), ids, start.version());
    }
}
