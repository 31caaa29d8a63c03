package fr.cress.relais.territory.ui;

import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.territory.Offer;
import fr.cress.relais.territory.OrganisationRef;
import fr.cress.relais.territory.ServiceKind;
import fr.cress.relais.territory.TerritoryLevel;
import javafx.collections.FXCollections;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/** Edits one offer: the service, the territories it covers, its publics and notes. Returns the draft. */
final class OfferDialog {

    private OfferDialog() {
    }

    static Optional<Offer> edit(I18n i18n, javafx.stage.Window owner, OrganisationRef organisation, Offer offer,
                                List<TerritoryOption> options) {
        Dialog<Offer> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(i18n.t(offer.isNew() ? "territory.offer.dialog.new" : "territory.offer.dialog.edit",
                organisation.shortName()));
        dialog.setResizable(true);
        ComboBox<ServiceKind> service = new ComboBox<>(FXCollections.observableArrayList(ServiceKind.values()));
        service.setId("offer-service");
        service.setConverter(new StringConverter<>() {
            @Override
            public String toString(ServiceKind s) {
                return s == null ? "" : i18n.label(s.family()) + " – " + i18n.label(s);
            }

            @Override
            public ServiceKind fromString(String text) {
                return null;
            }
        });
        service.setValue(offer.service());
        TerritoryPicker picker = new TerritoryPicker(i18n, options, "offer-territory");
        picker.setChosen(offer.territories());
        TextField publics = new TextField(offer.publics() == null ? "" : offer.publics());
        publics.setId("offer-publics");
        publics.setPromptText(i18n.t("territory.offer.publics.prompt"));
        TextArea notes = new TextArea(offer.notes() == null ? "" : offer.notes());
        notes.setPrefRowCount(3);
        notes.setWrapText(true);
        GridPane grid = Forms.grid();
        grid.setPrefWidth(760);
        grid.addRow(0, new Label(i18n.t("territory.offer.service")), service);
        grid.addRow(1, new Label(i18n.t("territory.offer.territories")), picker.node());
        grid.addRow(2, new Label(i18n.t("territory.offer.publics")), publics);
        grid.addRow(3, new Label(i18n.t("territory.offer.notes")), notes);
        Forms.labelsOnTop(grid);
        dialog.getDialogPane().setContent(grid);
        ButtonType save = new ButtonType(i18n.t("territory.action.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.t("territory.action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(save, cancel);
        dialog.setResultConverter(button -> button == save
                ? new Offer(offer.id(), organisation.id(), service.getValue(), publics.getText(), notes.getText(),
                offer.version(), picker.chosen())
                : null);
        return dialog.showAndWait();
    }

    /** Levels an offer may cover. */
    static EnumSet<TerritoryLevel> levels() {
        return EnumSet.allOf(TerritoryLevel.class);
    }
}
