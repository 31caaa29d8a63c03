package fr.cress.relais.testing;

import fr.cress.relais.common.ui.DialogService;
import javafx.stage.FileChooser;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Dialogs for view-model tests without a window: any dialog the code opens fails the test. A test that expects one
 * dialog overrides that one.
 */
public class FailingDialogs implements DialogService {

    @Override
    public void showError(Throwable error) {
        throw new AssertionError("unexpected error dialog", error);
    }

    @Override
    public void showError(String title, String message, List<String> details) {
        throw new AssertionError("unexpected error dialog: " + message + " " + details);
    }

    @Override
    public void showInfo(String title, String message) {
        throw new AssertionError("unexpected dialog: " + message);
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        throw new AssertionError("unexpected confirmation: " + message);
    }

    @Override
    public void notify(String message, Path file) {
        throw new AssertionError("unexpected notice: " + message);
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName, FileChooser.ExtensionFilter filter) {
        throw new AssertionError("unexpected file chooser");
    }

    @Override
    public Optional<Path> chooseOpenFile(String title, List<FileChooser.ExtensionFilter> filters) {
        throw new AssertionError("unexpected file chooser");
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        throw new AssertionError("unexpected folder chooser");
    }

    @Override
    public void open(Path file) {
        throw new AssertionError("unexpected open");
    }
}
