package fr.cress.relais.territory.ui;

import fr.cress.relais.common.feature.UiContext;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.text.Formats;
import fr.cress.relais.territory.ContourImportReport;
import fr.cress.relais.territory.ContourService;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

import java.util.List;

/** The « Contours » menu of the map: import a GeoJSON file, or download the official contours. */
final class ContourActions {

    private final UiContext ui;
    private final ContourService contours;
    private final Runnable onImported;
    private final MenuButton menu;

    ContourActions(UiContext ui, ContourService contours, Runnable onImported) {
        this.ui = ui;
        this.contours = contours;
        this.onImported = onImported;
        I18n i18n = ui.i18n();
        MenuItem importFile = new MenuItem(i18n.t("territory.contours.menu.import"));
        importFile.setId("contours-import");
        importFile.setOnAction(e -> importFile());
        MenuItem download = new MenuItem(i18n.t("territory.contours.menu.download"));
        download.setId("contours-download");
        download.setOnAction(e -> download());
        menu = new MenuButton(i18n.t("territory.contours.menu"), new FontIcon(Material2OutlinedAL.LAYERS),
                importFile, download);
        menu.setId("contours-menu");
    }

    MenuButton node() {
        return menu;
    }

    private void importFile() {
        I18n i18n = ui.i18n();
        ui.dialogs().chooseOpenFile(i18n.t("territory.contours.menu.import"),
                        List.of(new FileChooser.ExtensionFilter(i18n.t("territory.contours.fileType"), "*.geojson", "*.json")))
                .ifPresent(file -> ui.tasks()
                        .job(i18n.t("territory.contours.importing", file.getFileName()), p -> contours.importFile(file, p))
                        .cancellable()
                        .onSuccess(this::imported)
                        .onFailure(ui.dialogs()::showError)
                        .start());
    }

    private void download() {
        I18n i18n = ui.i18n();
        if (!ui.dialogs().confirm(i18n.t("territory.contours.download.title"), i18n.t("territory.contours.download.confirm"),
                i18n.t("territory.contours.download.go"))) {
            return;
        }
        ui.tasks().job(i18n.t("territory.contours.download.title"), p -> contours.download(List.of(), p))
                .cancellable()
                .onSuccess(this::imported)
                .onFailure(ui.dialogs()::showError)
                .start();
    }

    private void imported(ContourImportReport report) {
        I18n i18n = ui.i18n();
        StringBuilder text = new StringBuilder(i18n.t("territory.contours.imported", Formats.integer(report.stored()),
                Formats.integer(report.communes()), report.epcis(), report.departements()));
        if (!report.repaired().isEmpty()) {
            text.append('\n').append(i18n.t("territory.contours.repaired", report.repaired().size(),
                    String.join(", ", report.repaired())));
        }
        if (report.ignored() > 0) {
            text.append('\n').append(i18n.t("territory.contours.ignored", report.ignored()));
        }
        ui.dialogs().notify(text.toString(), null);
        onImported.run();
    }
}
