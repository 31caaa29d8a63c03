package fr.cress.relais.holders.ui;

import fr.cress.relais.common.feature.UiContext;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.text.Formats;
import fr.cress.relais.holders.FollowUp;
import fr.cress.relais.holders.Need;
import fr.cress.relais.holders.Referral;
import fr.cress.relais.holders.ReferralLine;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.function.Function;

/** The referrals of the selected holder: to whom, when, for what, the follow-up and the outcome. */
final class ReferralsPane {

    private final ReferralsViewModel model;
    private final UiContext ui;
    private final I18n i18n;
    private final TableView<ReferralLine> table = new TableView<>();
    private final VBox node;

    /** Opens the referral dialog (the section knows the partners and the holder's needs). */
    interface Referrer {
        void refer();
    }

    ReferralsPane(ReferralsViewModel model, UiContext ui, Referrer referrer) {
        this.model = model;
        this.ui = ui;
        this.i18n = ui.i18n();
        table.setId("referrals-table");
        table.setItems(model.lines());
        table.setPlaceholder(new Label(i18n.t("holders.referrals.empty")));
        table.getColumns().setAll(List.of(
                column("holders.referrals.col.date", l -> Formats.date(l.referral().referredOn()), 90),
                column("holders.referrals.col.partner", l -> l.referral().organisationName(), 120),
                column("holders.referrals.col.contact", l -> contact(l.referral()), 190),
                column("holders.referrals.col.need", l -> l.referral().needKey() == null ? ""
                        : i18n.label(new Need(l.referral().needKey())), 150),
                followUpColumn(),
                column("holders.referrals.col.outcome", l -> outcome(l.referral()), 150)));
        BooleanBinding none = table.getSelectionModel().selectedItemProperty().isNull();
        Button add = new Button(i18n.t("holders.referrals.add"));
        add.setId("referral-add");
        add.setOnAction(e -> referrer.refer());
        Button followed = new Button(i18n.t("holders.referrals.followedUp"));
        followed.setId("referral-followed-up");
        followed.disableProperty().bind(none.or(Bindings.createBooleanBinding(() -> selected() == null
                || !selected().referral().isOpen(), table.getSelectionModel().selectedItemProperty())));
        followed.setOnAction(e -> model.followedUp(selected()));
        Button outcome = new Button(i18n.t("holders.referrals.outcome"));
        outcome.setId("referral-outcome");
        outcome.disableProperty().bind(none);
        outcome.setOnAction(e -> recordOutcome());
        Button delete = new Button(i18n.t("holders.referrals.delete"));
        delete.disableProperty().bind(none);
        delete.setOnAction(e -> delete());
        HBox buttons = new HBox(8, add, followed, outcome, delete);
        VBox.setVgrow(table, Priority.ALWAYS);
        node = new VBox(8, buttons, table);
        node.getStyleClass().add("holders-tab");
        node.setId("holder-referrals");
    }

    private TableColumn<ReferralLine, FollowUp> followUpColumn() {
        TableColumn<ReferralLine, FollowUp> column = new TableColumn<>(i18n.t("holders.referrals.col.followUp"));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().followUp()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(FollowUp item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("holders-due");
                setText(empty || item == null ? null : FollowUpText.of(i18n, item));
                if (!empty && item != null && item.isDue()) {
                    getStyleClass().add("holders-due");
                }
            }
        });
        column.setPrefWidth(220);
        return column;
    }

    private TableColumn<ReferralLine, String> column(String key, Function<ReferralLine, String> value, double width) {
        TableColumn<ReferralLine, String> column = new TableColumn<>(i18n.t(key));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private String contact(Referral r) {
        if (r.contactName() == null) {
            return "";
        }
        return r.contactPhone() == null ? r.contactName() : r.contactName() + " · " + r.contactPhone();
    }

    private String outcome(Referral r) {
        return r.outcome() == null ? "" : i18n.t("holders.referrals.outcomeOn", i18n.label(r.outcome()),
                Formats.date(r.outcomeOn()));
    }

    private ReferralLine selected() {
        return table.getSelectionModel().getSelectedItem();
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
