package fr.cress.relais.db;

import fr.cress.relais.common.error.AppException;

/** The store cannot be opened: already in use by another Relais, or unreadable. Exit code 4. */
public class StoreUnavailableException extends AppException {
    public StoreUnavailableException(Throwable cause, String messageKey, Object... args) {
        super(cause, messageKey, args);
    }
}
