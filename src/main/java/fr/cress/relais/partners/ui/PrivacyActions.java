package fr.cress.relais.partners.ui;

import fr.cress.relais.common.feature.UiContext;
import fr.cress.relais.partners.Contact;
import fr.cress.relais.partners.PartnersFeature;
import fr.cress.relais.partners.privacy.ContactDossier;
import fr.cress.relais.partners.privacy.DossierWriter;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.nio.file.Path;

/** The RGPD actions on contacts: send a person all their data, erase a person, review inactive contacts. */
final class PrivacyActions {

    private final PartnersFeature feature;
    private final UiContext ui;
    private final DirectoryModel model;

    PrivacyActions(PartnersFeature feature, UiContext ui, DirectoryModel model) {
        this.feature = feature;
        this.ui = ui;
        this.model = model;
    }

    /** Gathers everything about the contact, then writes it as .xlsx or .json where the user chooses. */
    void exportDossier(Contact contact, boolean json) {
        DossierWriter writer = new DossierWriter(ui.i18n());
        ui.tasks().job(ui.i18n().t("partners.privacy.gathering"), p -> feature.privacy().dossier(contact.id()))
                .onSuccess(dossier -> save(dossier, writer, json))
                .onFailure(ui.dialogs()::showError)
                .start();
    }

    private void save(ContactDossier dossier, DossierWriter writer, boolean json) {
        String extension = json ? ".json" : ".xlsx";
        ui.dialogs().chooseSaveFile(ui.i18n().t("partners.privacy.exportTitle"), writer.suggestedName(dossier) + extension,
                        new FileChooser.ExtensionFilter(json ? "JSON" : "Excel", "*" + extension))
                .ifPresent(file -> ui.tasks().job(ui.i18n().t("partners.privacy.writing"), p -> {
                            if (json) {
                                writer.writeJson(dossier, file);
                            } else {
                                writer.writeXlsx(dossier, file);
                            }
                            return file;
                        })
                        .onSuccess((Path f) -> ui.dialogs().notify(ui.i18n().t("partners.export.done", f.getFileName()), f))
                        .onFailure(ui.dialogs()::showError)
                        .start());
    }

    /** Erases the person after a clear warning; history keeps an anonymous placeholder. */
    void erase(Contact contact, Runnable after) {
        if (!ui.dialogs().confirm(ui.i18n().t("partners.privacy.eraseTitle"),
                ui.i18n().t("partners.privacy.eraseMessage", contact.fullName()), ui.i18n().t("partners.privacy.eraseButton"))) {
            return;
        }
        ui.tasks().job(ui.i18n().t("partners.saving"), p -> {
                    feature.privacy().erase(contact);
                    return contact;
                })
                .onSuccess(c -> {
                    model.changed();
                    after.run();
                    ui.dialogs().notify(ui.i18n().t("partners.privacy.erased", c.fullName()), null);
                })
                .onFailure(ui.dialogs()::showError)
                .start();
    }

    /** The « RGPD » menu of the contacts list; the actions on one contact are off while none is chosen. */
    javafx.scene.control.MenuButton menu(javafx.beans.value.ObservableBooleanValue noneChosen,
                                         java.util.function.Supplier<Contact> chosen,
                                         java.util.function.Supplier<Window> owner) {
        MenuItem xlsx = new MenuItem(ui.i18n().t("partners.privacy.exportXlsx"));
        xlsx.setOnAction(e -> exportDossier(chosen.get(), false));
        MenuItem json = new MenuItem(ui.i18n().t("partners.privacy.exportJson"));
        json.setOnAction(e -> exportDossier(chosen.get(), true));
        MenuItem erase = new MenuItem(ui.i18n().t("partners.privacy.erase"));
        erase.setOnAction(e -> erase(chosen.get(), () -> { }));
        for (MenuItem item : java.util.List.of(xlsx, json, erase)) {
            item.disableProperty().bind(noneChosen);
        }
        MenuItem inactive = new MenuItem(ui.i18n().t("partners.privacy.inactive"));
        inactive.setOnAction(e -> reviewInactive(owner.get()));
        javafx.scene.control.MenuButton menu = new javafx.scene.control.MenuButton(ui.i18n().t("partners.privacy.menu"),
                new org.kordamp.ikonli.javafx.FontIcon(org.kordamp.ikonli.material2.Material2OutlinedAL.LOCK), xlsx, json,
                erase, new javafx.scene.control.SeparatorMenuItem(), inactive);
        menu.setId("contacts-privacy");
        return menu;
    }

    void reviewInactive(Window owner) {
        new InactiveContactsDialog(feature, ui, this, owner).show();
    }
}
