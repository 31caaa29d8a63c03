package fr.cress.relais.common.error;

import fr.cress.relais.common.i18n.I18n;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Turns any throwable into a short message for the user, in their language. Never a stack trace. */
public final class ErrorMessages {

    private final I18n i18n;

    public ErrorMessages(I18n i18n) {
        this.i18n = i18n;
    }

    public String describe(Throwable error) {
        Throwable t = unwrap(error);
        if (t instanceof AppException app && i18n.has(app.messageKey())) {
            return i18n.t(app.messageKey(), readable(app.args()));
        }
        if (t instanceof OutOfMemoryError) {
            return i18n.t("common.error.memory");
        }
        return i18n.t("common.error.unexpected");
    }

    /** Arguments that are keys of a text (« territory.zone.entity ») are shown as that text. */
    private Object[] readable(Object[] args) {
        Object[] shown = args.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof String s && s.indexOf('.') > 0 && s.indexOf(' ') < 0 && i18n.has(s)) {
                shown[i] = i18n.t(s);
            }
        }
        return shown;
    }

    public static Throwable unwrap(Throwable error) {
        Throwable t = error;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        if (!(t instanceof AppException)) {
            // An AppException wrapped by a library (jOOQ, JavaFX) still speaks to the user.
            for (Throwable c = t.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
                if (c instanceof AppException) {
                    return c;
                }
            }
        }
        return t;
    }
}
