package fr.cress.relais.testing;

import fr.cress.relais.app.Relais;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.settings.DataLocations;
import fr.cress.relais.db.Store;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** Real stores for tests: H2 migrated by Flyway, in memory or in a temporary folder. */
public final class TestStores {

    /** A fixed "today" for tests that depend on dates: 26 November 2026, 10:00 in Paris. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T09:00:00Z"), ZoneId.of("Europe/Paris"));

    private TestStores() {
    }

    /** An empty migrated in-memory store with every feature built on it. */
    public static Relais emptyRelais(Path tempDir) {
        return Relais.on(Store.inMemory(), new DataLocations(tempDir, false), I18n.french(), CLOCK);
    }

    /** The example programme 2007-2009 loaded into a fresh in-memory store. */
    public static Relais demoRelais(Path tempDir) {
        Relais relais = emptyRelais(tempDir);
        relais.demoLoader().load();
        return relais;
    }
}
