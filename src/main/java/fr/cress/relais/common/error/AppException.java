package fr.cress.relais.common.error;

/**
 * An error the user can understand: it carries an i18n key and its arguments, never a technical text.
 * The technical cause, if any, is kept for the log.
 */
public class AppException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    public AppException(String messageKey, Object... args) {
        this(null, messageKey, args);
    }

    public AppException(Throwable cause, String messageKey, Object... args) {
        super(messageKey, cause);
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
