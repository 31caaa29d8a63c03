package fr.cress.relais.common.ui;

import fr.cress.relais.common.error.ErrorMessages;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.settings.UiSettings;
import javafx.application.HostServices;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.controlsfx.control.action.Action;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** The JavaFX dialogs of the main window. */
public final class FxDialogService implements DialogService {

    private static final Logger LOG = LoggerFactory.getLogger(FxDialogService.class);
    private static final String LAST_FOLDER = "files.lastFolder";

    private final I18n i18n;
    private final ErrorMessages messages;
    private final UiSettings settings;
    private final Supplier<Window> owner;
    private final HostServices host;

    public FxDialogService(I18n i18n, UiSettings settings, Supplier<Window> owner, HostServices host) {
        this.i18n = i18n;
        this.messages = new ErrorMessages(i18n);
        this.settings = settings;
        this.owner = owner;
        this.host = host;
    }

    @Override
    public void showError(Throwable error) {
        Throwable cause = ErrorMessages.unwrap(error);
        List<String> details = cause instanceof fr.cress.relais.common.error.BadInputException bad
                ? bad.details() : List.of();
        if (!(cause instanceof fr.cress.relais.common.error.AppException)) {
            LOG.error("Unexpected error shown to the user", error);
        }
        showError(i18n.t("common.dialog.error.title"), messages.describe(error), details);
    }

    @Override
    public void showError(String title, String message, List<String> details) {
        Alert alert = alert(Alert.AlertType.ERROR, title, message);
        if (!details.isEmpty()) {
            TextArea area = new TextArea(String.join("\n", details));
            area.setEditable(false);
            area.setWrapText(true);
            area.setPrefRowCount(Math.min(12, details.size() + 1));
            alert.getDialogPane().setExpandableContent(area);
            alert.getDialogPane().setExpanded(true);
        }
        alert.showAndWait();
    }

    @Override
    public ConflictChoice resolveConflict(Conflict conflict) {
        return new ConflictDialog(i18n, owner.get(), conflict).showAndWait();
    }

    @Override
    public void showInfo(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message).showAndWait();
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message);
        ButtonType yes = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(i18n.t("common.action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(yes, no);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    private Alert alert(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(null);
        Label content = new Label(message);
        content.setWrapText(true);
        content.setMaxWidth(480);
        alert.getDialogPane().setContent(content);
        return alert;
    }

    @Override
    public void notify(String message, Path file) {
        Notifications n = Notifications.create()
                .owner(owner.get())
                .text(message)
                .position(Pos.BOTTOM_RIGHT)
                .hideAfter(Duration.seconds(8));
        if (file != null) {
            n.action(new Action(i18n.t("common.action.openFile"), e -> open(file)),
                    new Action(i18n.t("common.action.openFolder"), e -> open(file.getParent())));
        }
        n.showInformation();
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName, FileChooser.ExtensionFilter filter) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(FileNames.safe(suggestedName));
        chooser.getExtensionFilters().add(filter);
        lastFolder().ifPresent(chooser::setInitialDirectory);
        return remember(chooser.showSaveDialog(owner.get()));
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName, List<FileChooser.ExtensionFilter> formats) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(FileNames.safe(suggestedName));
        chooser.getExtensionFilters().addAll(formats);
        chooser.setSelectedExtensionFilter(formats.get(0));
        lastFolder().ifPresent(chooser::setInitialDirectory);
        Optional<Path> file = remember(chooser.showSaveDialog(owner.get()));
        FileChooser.ExtensionFilter chosen = chooser.getSelectedExtensionFilter() == null
                ? formats.get(0) : chooser.getSelectedExtensionFilter();
        return file.map(f -> FileNames.withExtension(f, formats.stream().map(FxDialogService::extension).toList(),
                extension(chosen)));
    }

    /** « *.csv » → « .csv ». */
    private static String extension(FileChooser.ExtensionFilter filter) {
        return filter.getExtensions().get(0).substring(1);
    }

    @Override
    public Optional<Path> chooseOpenFile(String title, List<FileChooser.ExtensionFilter> filters) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(filters);
        lastFolder().ifPresent(chooser::setInitialDirectory);
        return remember(chooser.showOpenDialog(owner.get()));
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        lastFolder().ifPresent(chooser::setInitialDirectory);
        File folder = chooser.showDialog(owner.get());
        if (folder == null) {
            return Optional.empty();
        }
        settings.put(LAST_FOLDER, folder.getAbsolutePath());
        return Optional.of(folder.toPath());
    }

    private Optional<File> lastFolder() {
        return settings.get(LAST_FOLDER).map(File::new).filter(File::isDirectory);
    }

    private Optional<Path> remember(File file) {
        if (file == null) {
            return Optional.empty();
        }
        if (file.getParentFile() != null) {
            settings.put(LAST_FOLDER, file.getParentFile().getAbsolutePath());
        }
        return Optional.of(file.toPath());
    }

    @Override
    public void open(Path file) {
        if (file != null && Files.exists(file) && host != null) {
            host.showDocument(file.toUri().toString());
        }
    }

    @Override
    public void openLink(java.net.URI link) {
        if (link != null && host != null) {
            host.showDocument(link.toString());
        }
    }

}
