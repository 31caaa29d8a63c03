package fr.cress.relais.common.error;

import java.util.List;

/**
 * Input that Relais refuses (a file, a value typed by the user): nothing was changed.
 * The command line exits with code 3; {@link #details()} lists row-level reasons when there are several.
 */
public class BadInputException extends AppException {

    private final List<String> details;

    public BadInputException(String messageKey, Object... args) {
        this(null, List.of(), messageKey, args);
    }

    public BadInputException(Throwable cause, List<String> details, String messageKey, Object... args) {
        super(cause, messageKey, args);
        this.details = List.copyOf(details);
    }

    /** Already translated reasons, one per refused row or item. */
    public List<String> details() {
        return details;
    }
}
