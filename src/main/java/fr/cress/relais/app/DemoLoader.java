package fr.cress.relais.app;

import fr.cress.relais.common.error.BadInputException;
import fr.cress.relais.common.feature.DemoContext;
import fr.cress.relais.common.feature.Feature;
import fr.cress.relais.db.AppSettingsRepository;
import fr.cress.relais.db.StoreStats;

/**
 * Fills an empty store with the example programme 2007-2009: every feature adds its part, in one
 * transaction. A store that already holds data is refused and left unchanged.
 */
public final class DemoLoader {

    private final Relais relais;

    DemoLoader(Relais relais) {
        this.relais = relais;
    }

    public void load() {
        relais.store().transaction(dsl -> {
            if (!StoreStats.isEmpty(dsl)) {
                throw new BadInputException("app.demo.notEmpty");
            }
            DemoContext demo = new DemoContext(dsl, relais.core().clock());
            for (Feature feature : relais.features()) {
                feature.loadDemo(demo);
            }
            AppSettingsRepository settings = new AppSettingsRepository(dsl);
            settings.put(AppSettingsRepository.EXAMPLE_DATA, "true");
            settings.put(AppSettingsRepository.INITIALISED, "true");
            return null;
        });
    }
}
