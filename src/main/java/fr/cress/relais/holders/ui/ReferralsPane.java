package fr.cress.relais.holders.ui;

import fr.cress.relais.common.feature.UiContext;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.text.Formats;
import fr.cress.relais.holders.ReferralLine;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The referrals of the selected holder: to whom, when, for what, the follow-up and the outcome. */
final class ReferralsPane {

    private final ReferralsViewModel model;
    private final UiContext ui;
    private final I18n i18n;
    private final ListView<ReferralLine> list = new ListView<>();
    private final VBox node;

    /** Opens the referral dialog (the section knows the partners and the holder's needs). */
    interface Referrer {
        void refer();
    }

    ReferralsPane(ReferralsViewModel model, UiContext ui, Referrer referrer) {
        this.model = model;
        this.ui = ui;
        this.i18n = ui.i18n();
        list.setId("referrals-list");
        list.setItems(model.lines());
        list.setPlaceholder(placeholder());
        list.setCellFactory(view -> new ReferralCell(i18n));
        list.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.DELETE && selected() != null) {
                delete();
                e.consume();
            }
        });
        BooleanBinding none = list.getSelectionModel().selectedItemProperty().isNull();
        Button add = new Button(i18n.t("holders.referrals.add"));
        add.setId("referral-add");
        add.setOnAction(e -> referrer.refer());
        Button followed = new Button(i18n.t("holders.referrals.followedUp"));
        followed.setId("referral-followed-up");
        followed.disableProperty().bind(none.or(Bindings.createBooleanBinding(() -> selected() == null
                || !selected().referral().isOpen(), list.getSelectionModel().selectedItemProperty())));
        followed.setOnAction(e -> model.followedUp(selected()));
        Button outcome = new Button(i18n.t("holders.referrals.outcome"));
        outcome.setId("referral-outcome");
        outcome.disableProperty().bind(none);
        outcome.setOnAction(e -> recordOutcome());
        Button delete = new Button(i18n.t("holders.referrals.delete"));
        delete.disableProperty().bind(none);
        delete.setOnAction(e -> delete());
        FlowPane buttons = new FlowPane(8, 8, add, followed, outcome, delete);
        VBox.setVgrow(list, Priority.ALWAYS);
        node = new VBox(8, buttons, list);
        node.getStyleClass().add("holders-tab");
        node.setId("holder-referrals");
    }

    private Label placeholder() {
        Label empty = new Label(i18n.t("holders.referrals.empty"));
        empty.setWrapText(true);
        empty.getStyleClass().add("text-muted");
        return empty;
    }

    private ReferralLine selected() {
        return list.getSelectionModel().getSelectedItem();
    }

    private void recordOutcome() {
        ReferralLine line = selected();
        new OutcomeDialog(i18n, node, line.referral(), model.today())
                .showAndWait().ifPresent(choice -> model.outcome(line, choice.outcome(), choice.on()));
    }

    private void delete() {
        ReferralLine line = selected();
        if (ui.dialogs().confirm(i18n.t("holders.referrals.delete"), i18n.t("holders.referrals.delete.confirm",
                line.referral().organisationName(), Formats.date(line.referral().referredOn())),
                i18n.t("holders.referrals.delete"))) {
            model.delete(line);
        }
    }

    Node node() {
        return node;
    }
}
