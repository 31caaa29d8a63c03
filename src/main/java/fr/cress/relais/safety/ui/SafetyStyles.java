package fr.cress.relais.safety.ui;

import java.util.Objects;

/** The style sheet of the backup and restore screens. */
final class SafetyStyles {

    static final String URL = Objects.requireNonNull(
            SafetyStyles.class.getResource("/fr/cress/relais/safety/safety.css")).toExternalForm();

    private SafetyStyles() {
    }
}
