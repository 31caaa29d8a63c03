package fr.cress.relais.common.feature;

import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.settings.DataLocations;
import fr.cress.relais.db.Store;
import org.jooq.DSLContext;

import java.time.Clock;

/**
 * What every feature receives from the composition root: the open store and the services that need
 * no window. Built once per opened store.
 */
public record Core(Store store, I18n i18n, Clock clock, DataLocations locations) {

    public DSLContext dsl() {
        return store.dsl();
    }
}
