package fr.cress.relais.holders.ui;

import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.holders.Referral;
import fr.cress.relais.holders.ReferralOutcome;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/** « Résultat de l’orientation »: accompagné, financé, créé, abandonné, réorienté (or none yet), and when. */
final class OutcomeDialog {

    /** The outcome chosen (null: none yet) and its date. */
    record Choice(ReferralOutcome outcome, LocalDate on) {
    }

    private final Dialog<Choice> dialog = new Dialog<>();

    OutcomeDialog(I18n i18n, Node owner, Referral referral, LocalDate today) {
        dialog.initOwner(owner.getScene().getWindow());
        dialog.setTitle(i18n.t("holders.outcome.dialog.title"));
        dialog.setHeaderText(i18n.t("holders.outcome.dialog.header", referral.holderName(), referral.organisationName()));
        ComboBox<ReferralOutcome> outcome = new ComboBox<>();
        outcome.setId("outcome-choice");
        outcome.getItems().add(null);
        outcome.getItems().addAll(Arrays.asList(ReferralOutcome.values()));
        Labels.show(outcome, Labels.converter(i18n, i18n.t("holders.outcome.none")));
        outcome.setValue(referral.outcome());
        DatePicker date = FrenchDates.picker("outcome-date", i18n.t("holders.form.datePrompt"));
        date.setValue(referral.outcomeOn() != null ? referral.outcomeOn() : today);
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.addRow(0, new Label(i18n.t("holders.outcome.label")), outcome);
        grid.addRow(1, new Label(i18n.t("holders.outcome.date")), date);
        dialog.getDialogPane().setContent(grid);
        ButtonType ok = new ButtonType(i18n.t("holders.outcome.dialog.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.t("common.action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);
        dialog.getDialogPane().lookupButton(ok).disableProperty()
                .bind(outcome.valueProperty().isNotNull().and(date.valueProperty().isNull()));
        dialog.setResultConverter(button -> button == ok ? new Choice(outcome.getValue(), date.getValue()) : null);
    }

    Optional<Choice> showAndWait() {
        return dialog.showAndWait();
    }
}
