package fr.cress.relais.partners.ui;

import fr.cress.relais.common.feature.UiContext;
import fr.cress.relais.common.text.Formats;
import fr.cress.relais.partners.Contact;
import fr.cress.relais.partners.Deleted;
import fr.cress.relais.partners.Organisation;
import fr.cress.relais.partners.PartnersFeature;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.ArrayList;
import java.util.List;

/** The recycle bin: organisations and contacts deleted, most recent first, each can be restored. */
final class RecycleBinDialog {

    /** One line of the bin. */
    private record Entry(String text, Runnable restore) {
        @Override
        public String toString() {
            return text;
        }
    }

    private final PartnersFeature feature;
    private final UiContext ui;
    private final DirectoryModel model;
    private final Dialog<Void> dialog = new Dialog<>();
    private final ListView<Entry> list = new ListView<>();

    RecycleBinDialog(PartnersFeature feature, UiContext ui, DirectoryModel model, Window owner) {
        this.feature = feature;
        this.ui = ui;
        this.model = model;
        dialog.initOwner(owner);
        dialog.setTitle(ui.i18n().t("partners.bin.title"));
        list.setId("partners-bin-list");
        list.setPlaceholder(new Label(ui.i18n().t("partners.bin.empty")));
        list.setPrefSize(520, 320);
        Button restore = new Button(ui.i18n().t("partners.bin.restore"));
        restore.setId("partners-bin-restore");
        restore.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        restore.setOnAction(e -> list.getSelectionModel().getSelectedItem().restore().run());
        Label intro = new Label(ui.i18n().t("partners.bin.intro"));
        intro.setWrapText(true);
        dialog.getDialogPane().setContent(new VBox(8, intro, list, restore));
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(ui.i18n().t("partners.action.close"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        load();
    }

    void showAndWait() {
        dialog.showAndWait();
    }

    private void load() {
        ui.tasks().job(ui.i18n().t("partners.loading"), p -> {
                    List<Entry> entries = new ArrayList<>();
                    for (Deleted<Organisation> d : feature.partners().deletedOrganisations()) {
                        entries.add(new Entry(ui.i18n().t("partners.bin.organisation", d.item().name(),
                                Formats.dateTime(d.deletedAt())), () -> restore(() -> feature.partners()
                                .restoreOrganisation(d.item().id()))));
                    }
                    for (Deleted<Contact> d : feature.partners().deletedContacts()) {
                        entries.add(new Entry(ui.i18n().t("partners.bin.contact", d.item().fullName(),
                                Formats.dateTime(d.deletedAt())), () -> restore(() -> feature.partners()
                                .restoreContact(d.item().id()))));
                    }
                    return entries;
                })
                .onSuccess(entries -> list.getItems().setAll(entries))
                .onFailure(ui.dialogs()::showError)
                .start();
    }

    private void restore(java.util.function.Supplier<?> action) {
        ui.tasks().job(ui.i18n().t("partners.saving"), p -> action.get())
                .onSuccess(r -> {
                    model.changed();
                    load();
                })
                .onFailure(ui.dialogs()::showError)
                .start();
    }
}
