package fr.cress.relais.app;

import fr.cress.relais.common.error.AppException;
import fr.cress.relais.common.error.ErrorMessages;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.settings.DataLocations;
import fr.cress.relais.common.ui.DialogService;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Uncaught errors: logged once with their stack trace to the rotating log of the data folder, and shown
 * to the user as a short French message that says where the log is.
 */
final class CrashHandler {

    private static final Logger LOG = LoggerFactory.getLogger(CrashHandler.class);

    private final I18n i18n;
    private final DataLocations locations;
    private DialogService dialogs;
    private boolean showing;

    CrashHandler(I18n i18n, DataLocations locations) {
        this.i18n = i18n;
        this.locations = locations;
    }

    void attach(DialogService dialogs) {
        this.dialogs = dialogs;
    }

    void report(Throwable error) {
        boolean understood = ErrorMessages.unwrap(error) instanceof AppException;
        if (understood) {
            LOG.warn("Error reported to the user: {}", error.toString());
        } else {
            LOG.error("Uncaught error", error);
        }
        if (dialogs == null) {
            return;
        }
        Runnable show = () -> {
            if (showing) {
                return; // one dialog at a time: a burst of errors must not bury the window
            }
            showing = true;
            try {
                if (understood) {
                    dialogs.showError(error);
                    return;
                }
                dialogs.showError(i18n.t("common.dialog.error.title"),
                        i18n.t("app.crash.message", locations.logsDir().resolve("relais.log")), java.util.List.of());
            } finally {
                showing = false;
            }
        };
        if (Platform.isFxApplicationThread()) {
            show.run();
        } else {
            Platform.runLater(show);
        }
    }
}
