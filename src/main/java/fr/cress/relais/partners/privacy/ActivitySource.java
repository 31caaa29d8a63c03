package fr.cress.relais.partners.privacy;

import java.time.LocalDate;
import java.util.Map;

/**
 * Tells when contacts were last active in a feature (e.g. the last meeting they attended). The review of
 * inactive contacts takes the latest date any source gives.
 */
@FunctionalInterface
public interface ActivitySource {

    /** Last activity by contact id; contacts without any activity here are left out. */
    Map<Long, LocalDate> lastActivity();
}
