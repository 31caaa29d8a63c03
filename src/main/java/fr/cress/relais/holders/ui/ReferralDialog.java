package fr.cress.relais.holders.ui;

import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.text.Formats;
import fr.cress.relais.holders.Need;
import fr.cress.relais.holders.PartnerRef;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** « Orienter vers un partenaire »: which partner and contact, for which need, when, why. */
final class ReferralDialog {

    private static final double WIDTH = 420;

    private final Dialog<ReferralsViewModel.Request> dialog = new Dialog<>();
    private final ComboBox<PartnerRef> partner = new ComboBox<>();
    private final ComboBox<PartnerRef.ContactRef> contact = new ComboBox<>();
    private final ComboBox<Need> need = new ComboBox<>();
    private final DatePicker date;
    private final TextArea reason = new TextArea();

    ReferralDialog(I18n i18n, Node owner, List<PartnerRef> partners, List<String> holderNeeds, LocalDate today) {
        dialog.initOwner(owner.getScene().getWindow());
        dialog.setTitle(i18n.t("holders.referral.dialog.title"));
        dialog.setHeaderText(null);
        date = FrenchDates.picker("referral-date", i18n.t("holders.form.datePrompt"));
        date.setValue(today);
        partner.setId("referral-partner");
        partner.getItems().setAll(partners.stream()
                .sorted(Comparator.comparing(PartnerRef::shortName, Formats.frenchOrder())).toList());
        Labels.show(partner, Labels.converter(p -> p.shortName().equals(p.name()) ? p.name()
                : p.shortName() + " – " + p.name(), ""));
        contact.setId("referral-contact");
        Labels.show(contact, Labels.converter(c -> contactText(c), i18n.t("holders.referral.noContact")));
        partner.valueProperty().addListener((obs, old, p) -> {
            contact.getItems().setAll(p == null ? List.of() : p.contacts());
            contact.getItems().add(0, null);
            contact.setValue(p == null || p.contacts().isEmpty() ? null : p.contacts().get(0));
        });
        need.setId("referral-need");
        need.getItems().add(null);
        holderNeeds.forEach(k -> need.getItems().add(new Need(k)));
        Need.catalogue().stream().filter(n -> !holderNeeds.contains(n.key())).forEach(need.getItems()::add);
        Labels.show(need, Labels.converter(i18n, i18n.t("holders.referral.noNeed")));
        partner.setPrefWidth(WIDTH);
        contact.setPrefWidth(WIDTH);
        need.setPrefWidth(WIDTH);
        reason.setPrefWidth(WIDTH);
        reason.setPrefRowCount(3);
        reason.setWrapText(true);
        reason.setId("referral-reason");
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.addRow(0, new Label(i18n.t("holders.referral.partner")), partner);
        grid.addRow(1, new Label(i18n.t("holders.referral.contact")), contact);
        grid.addRow(2, new Label(i18n.t("holders.referral.need")), need);
        grid.addRow(3, new Label(i18n.t("holders.referral.date")), date);
        grid.addRow(4, new Label(i18n.t("holders.referral.reason")), reason);
        dialog.getDialogPane().setContent(grid);
        ButtonType ok = new ButtonType(i18n.t("holders.referral.dialog.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.t("common.action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);
        dialog.getDialogPane().lookupButton(ok).disableProperty()
                .bind(partner.valueProperty().isNull().or(date.valueProperty().isNull()));
        dialog.setResultConverter(button -> button == ok ? new ReferralsViewModel.Request(partner.getValue(),
                contact.getValue(), need.getValue() == null ? null : need.getValue().key(), date.getValue(),
                reason.getText()) : null);
    }

    /** Preselects a partner, its contact and the need (from a suggestion). */
    ReferralDialog preselect(long organisationId, String contactName, String needKey) {
        partner.getItems().stream().filter(p -> p.id() == organisationId).findFirst().ifPresent(p -> {
            partner.setValue(p);
            p.contacts().stream().filter(c -> c.name() != null && c.name().equals(contactName)).findFirst()
                    .ifPresent(contact::setValue);
        });
        need.getItems().stream().filter(n -> n != null && n.key().equals(needKey)).findFirst().ifPresent(need::setValue);
        return this;
    }

    Optional<ReferralsViewModel.Request> showAndWait() {
        return dialog.showAndWait();
    }

    private static String contactText(PartnerRef.ContactRef c) {
        StringBuilder text = new StringBuilder(c.name());
        if (c.jobTitle() != null) {
            text.append(" (").append(c.jobTitle()).append(')');
        }
        if (c.phone() != null) {
            text.append(" · ").append(c.phone());
        }
        return text.toString();
    }
}
