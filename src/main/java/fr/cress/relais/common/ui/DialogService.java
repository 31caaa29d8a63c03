package fr.cress.relais.common.ui;

import javafx.stage.FileChooser;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Every dialog goes through here: errors in plain French, confirmations, notifications, file choosers
 * (which remember the last folder). Views and view models receive it; tests can replace it.
 */
public interface DialogService {

    /** Shows the user-facing message of {@code error}; the technical detail goes to the log only. */
    void showError(Throwable error);

    void showError(String title, String message, List<String> details);

    void showInfo(String title, String message);

    boolean confirm(String title, String message, String confirmLabel);

    /** A short notice in the corner; with a file, buttons to open it or its folder. */
    void notify(String message, Path file);

    Optional<Path> chooseSaveFile(String title, String suggestedName, FileChooser.ExtensionFilter filter);

    /**
     * A save dialog offering several formats (the first one selected); {@code suggestedName} has no extension.
     * The path returned ends with the extension of a format offered: the one the user typed, else the one of the
     * format chosen in the dialog.
     */
    default Optional<Path> chooseSaveFile(String title, String suggestedName, List<FileChooser.ExtensionFilter> formats) {
        return chooseSaveFile(title, suggestedName + formats.get(0).getExtensions().get(0).substring(1), formats.get(0));
    }

    Optional<Path> chooseOpenFile(String title, List<FileChooser.ExtensionFilter> filters);

    Optional<Path> chooseFolder(String title);

    /** Opens a file or a folder with the desktop's application. */
    void open(Path file);

    /**
     * A save refused because someone saved first: shows who, when and their values beside the user's, and
     * asks what to do. Closing the dialog keeps the user's values in the form.
     */
    default ConflictChoice resolveConflict(Conflict conflict) {
        return ConflictChoice.KEEP_EDITING;
    }

    /** Opens a link with the desktop's application (a web page, or a « mailto: » draft in the e-mail program). */
    default void openLink(java.net.URI link) {
    }
}
