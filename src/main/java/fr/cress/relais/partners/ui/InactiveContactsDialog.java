package fr.cress.relais.partners.ui;

import fr.cress.relais.common.feature.UiContext;
import fr.cress.relais.common.text.Formats;
import fr.cress.relais.common.ui.FormattedTableCell;
import fr.cress.relais.partners.PartnersFeature;
import fr.cress.relais.partners.privacy.InactiveContact;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.time.LocalDate;
import java.util.List;

/**
 * The contacts with no activity for N years (3 by default), oldest first: the coordinator reviews them and
 * erases those Relais no longer has a reason to keep.
 */
final class InactiveContactsDialog {

    private final PartnersFeature feature;
    private final UiContext ui;
    private final PrivacyActions actions;
    private final Dialog<Void> dialog = new Dialog<>();
    private final Spinner<Integer> years = new Spinner<>(1, 20, 3);
    private final TableView<InactiveContact> table = new TableView<>();

    InactiveContactsDialog(PartnersFeature feature, UiContext ui, PrivacyActions actions, Window owner) {
        this.feature = feature;
        this.ui = ui;
        this.actions = actions;
        dialog.initOwner(owner);
        dialog.setTitle(ui.i18n().t("partners.privacy.inactiveTitle"));
        years.setId("inactive-years");
        years.setEditable(true);
        years.setPrefWidth(80);
        years.valueProperty().addListener((o, a, b) -> load());
        table.setId("inactive-table");
        table.setPrefSize(640, 320);
        table.setPlaceholder(new Label(ui.i18n().t("partners.privacy.noneInactive")));
        TableColumn<InactiveContact, String> name = Columns.of("name", ui.i18n().t("partners.contact.name"), 200,
                c -> c.contact().fullName());
        TableColumn<InactiveContact, String> orgs = Columns.of("organisations",
                ui.i18n().t("partners.contact.organisations"), 220, InactiveContact::organisations);
        TableColumn<InactiveContact, LocalDate> last = Columns.of("last", ui.i18n().t("partners.privacy.lastActivity"),
                140, InactiveContact::lastActivity);
        last.setCellFactory(c -> new FormattedTableCell<>(Formats::date));
        table.getColumns().addAll(List.of(name, orgs, last));
        Button erase = new Button(ui.i18n().t("partners.privacy.erase"));
        erase.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        erase.setOnAction(e -> {
            actions.erase(table.getSelectionModel().getSelectedItem().contact(), this::load);
        });
        HBox top = new HBox(8, new Label(ui.i18n().t("partners.privacy.inactiveFor")), years,
                new Label(ui.i18n().t("partners.privacy.years")));
        top.setAlignment(Pos.CENTER_LEFT);
        dialog.getDialogPane().setContent(new VBox(10, top, table, erase));
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(ui.i18n().t("partners.action.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        load();
    }

    void show() {
        dialog.showAndWait();
    }

    private void load() {
        int n = years.getValue();
        ui.tasks().job(ui.i18n().t("partners.loading"), p -> feature.privacy().inactive(n))
                .onSuccess(list -> table.getItems().setAll(list))
                .onFailure(ui.dialogs()::showError)
                .start();
    }
}
