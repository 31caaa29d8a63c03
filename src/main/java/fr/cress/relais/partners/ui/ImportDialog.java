package fr.cress.relais.partners.ui;

import fr.cress.relais.common.concurrent.Cancellable;
import fr.cress.relais.common.concurrent.Progress;
import fr.cress.relais.common.feature.UiContext;
import fr.cress.relais.exchange.TableSource;
import fr.cress.relais.partners.PartnersFeature;
import fr.cress.relais.partners.importing.ColumnMapping;
import fr.cress.relais.partners.importing.ImportCounts;
import fr.cress.relais.partners.importing.ImportFile;
import fr.cress.relais.partners.importing.ImportPreview;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.List;

/**
 * Importing a partner list: choose the file, check what each column holds (the mapping is remembered
 * for files with the same header), preview what each row will do, then import everything in one
 * transaction. Reading and importing run in the background with a progress bar and a cancel button.
 */
final class ImportDialog {

    private static final String MAPPING_KEY = "partners.import.mapping.";

    private final PartnersFeature feature;
    private final UiContext ui;
    private final DirectoryModel model;
    private final Window owner;
    private final Stage stage = new Stage();
    private final BorderPane root = new BorderPane();
    private final ProgressBar progress = new ProgressBar();
    private final Label status = new Label();
    private final Button back = new Button();
    private final Button next = new Button();
    private final Button cancel = new Button();
    private Cancellable running;

    ImportDialog(PartnersFeature feature, UiContext ui, DirectoryModel model, Window owner) {
        this.feature = feature;
        this.ui = ui;
        this.model = model;
        this.owner = owner;
    }

    void show() {
        ui.dialogs().chooseOpenFile(ui.i18n().t("partners.import.choose"), List.of(
                        new FileChooser.ExtensionFilter(ui.i18n().t("partners.import.filter.all"), "*.xlsx", "*.csv", "*.txt"),
                        new FileChooser.ExtensionFilter(ui.i18n().t("partners.import.filter.xlsx"), "*.xlsx"),
                        new FileChooser.ExtensionFilter(ui.i18n().t("partners.import.filter.csv"), "*.csv", "*.txt")))
                .ifPresent(file -> ui.tasks().job(ui.i18n().t("partners.import.reading"), p -> feature.imports().inspect(file))
                        .onSuccess(this::open)
                        .onFailure(ui.dialogs()::showError)
                        .start());
    }

    /** Opens the dialog on a file already inspected. */
    void open(ImportFile file) {
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(ui.i18n().t("partners.import.title", file.source().file().getFileName()));
        Label source = new Label(describe(file.source(), file.headerLine()));
        source.getStyleClass().add("text-muted");
        source.setWrapText(true);
        VBox top = new VBox(4, source);
        top.setPadding(new Insets(0, 0, 10, 0));
        root.setTop(top);
        progress.setVisible(false);
        progress.setPrefWidth(220);
        cancel.setText(ui.i18n().t("partners.action.cancel"));
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> cancel());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bottom = new HBox(8, progress, status, spacer, cancel, back, next);
        bottom.setAlignment(Pos.CENTER_LEFT);
        bottom.setPadding(new Insets(10, 0, 0, 0));
        root.setBottom(bottom);
        root.setPadding(new Insets(16));
        root.getStyleClass().add("partners-import");
        mappingStep(file, remembered(file));
        Scene scene = new Scene(root, 860, 560);
        scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        scene.getStylesheets().add(java.util.Objects.requireNonNull(
                ImportDialog.class.getResource("/fr/cress/relais/partners/partners.css")).toExternalForm());
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> cancel());
        stage.show();
    }

    private void mappingStep(ImportFile file, ColumnMapping start) {
        MappingPane mapping = new MappingPane(file, start, ui.i18n());
        root.setCenter(titled(ui.i18n().t("partners.import.step1"), mapping.node()));
        back.setVisible(false);
        next.setText(ui.i18n().t("partners.import.previewButton"));
        next.setId("import-next");
        next.setDefaultButton(true);
        next.setOnAction(e -> {
            ColumnMapping chosen = mapping.mapping();
            ui.settings().put(MAPPING_KEY + chosen.signature(), chosen.encode());
            run(ui.i18n().t("partners.import.reading"), tracker -> feature.imports().preview(file, chosen, tracker),
                    preview -> previewStep(file, preview));
        });
    }

    private void previewStep(ImportFile file, ImportPreview preview) {
        PreviewPane pane = new PreviewPane(preview, ui.i18n());
        root.setCenter(titled(ui.i18n().t("partners.import.step2"), pane.node()));
        back.setVisible(true);
        back.setText(ui.i18n().t("partners.import.backButton"));
        back.setOnAction(e -> mappingStep(file, preview.mapping()));
        next.setText(ui.i18n().t("partners.import.importButton"));
        next.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !pane.canImport(), pane.skipErrorsBox().selectedProperty()));
        next.setOnAction(e -> run(ui.i18n().t("partners.import.importing"),
                tracker -> feature.imports().apply(preview, pane.skipErrors(), tracker), this::done));
    }

    private <T> void run(String title, java.util.function.Function<Progress, T> work,
                         java.util.function.Consumer<T> then) {
        busy(true, title);
        ProgressTracker tracker = new ProgressTracker(progress);
        running = ui.tasks().job(title, p -> work.apply(tracker.wrap(p)))
                .cancellable()
                .onSuccess(result -> {
                    tracker.stop();
                    busy(false, "");
                    then.accept(result);
                })
                .onCancelled(() -> {
                    tracker.stop();
                    busy(false, ui.i18n().t("partners.import.cancelled"));
                })
                .onFailure(error -> {
                    tracker.stop();
                    busy(false, "");
                    ui.dialogs().showError(error);
                })
                .start();
    }

    private void busy(boolean on, String text) {
        progress.setVisible(on);
        status.setText(text);
        next.disableProperty().unbind();
        next.setDisable(on);
        back.setDisable(on);
        if (!on) {
            running = null;
        }
    }

    private void cancel() {
        if (running != null) {
            running.cancel();
        } else {
            stage.close();
        }
    }

    private void done(ImportCounts counts) {
        stage.close();
        model.changed();
        ui.dialogs().notify(ui.i18n().t("partners.import.done", counts.organisationsCreated(), counts.contactsCreated(),
                counts.membershipsCreated(), counts.recordsUpdated(), counts.skippedRows(), counts.errorRows()), null);
    }

    private ColumnMapping remembered(ImportFile file) {
        return ui.settings().get(MAPPING_KEY + file.guessed().signature())
                .flatMap(encoded -> ColumnMapping.decode(file.headers(), encoded))
                .orElse(file.guessed());
    }

    private String describe(TableSource source, long headerLine) {
        return source.format() == TableSource.Format.XLSX
                ? ui.i18n().t("partners.import.source.xlsx", source.sheetName() == null ? "" : source.sheetName(), headerLine)
                : ui.i18n().t("partners.import.source.csv", charsetName(source.charset()),
                        source.delimiter() == '\t' ? ui.i18n().t("partners.import.tab") : String.valueOf(source.delimiter()),
                        headerLine);
    }

    /** « UTF-8 », « Windows-1252 », « UTF-16 »: as people know them. */
    private static String charsetName(java.nio.charset.Charset charset) {
        String name = charset.name();
        return name.equalsIgnoreCase("windows-1252") ? "Windows-1252" : name.startsWith("UTF-16") ? "UTF-16" : name;
    }

    private static VBox titled(String title, javafx.scene.Node content) {
        Label label = new Label(title);
        label.getStyleClass().add("title-4");
        VBox box = new VBox(8, label, content);
        VBox.setVgrow(content, Priority.ALWAYS);
        return box;
    }
}
