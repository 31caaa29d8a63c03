package fr.cress.relais.db;

import org.jooq.DSLContext;

import java.time.LocalDateTime;
import java.util.Optional;

import static fr.cress.relais.db.generated.Tables.APP_SETTING;

/** Settings kept in the store itself (they travel with it): e.g. whether it holds example data. */
public final class AppSettingsRepository {

    public static final String EXAMPLE_DATA = "store.example";
    public static final String INITIALISED = "store.initialised";

    private final DSLContext dsl;

    public AppSettingsRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<String> get(String key) {
        return dsl.select(APP_SETTING.SETTING_VALUE).from(APP_SETTING)
                .where(APP_SETTING.SETTING_KEY.eq(key))
                .fetchOptional(APP_SETTING.SETTING_VALUE);
    }

    public boolean flag(String key) {
        return get(key).map(Boolean::parseBoolean).orElse(false);
    }

    public void put(String key, String value) {
        int updated = dsl.update(APP_SETTING)
                .set(APP_SETTING.SETTING_VALUE, value)
                .set(APP_SETTING.UPDATED_AT, LocalDateTime.now())
                .set(APP_SETTING.VERSION, APP_SETTING.VERSION.plus(1))
                .where(APP_SETTING.SETTING_KEY.eq(key))
                .execute();
        if (updated == 0) {
            dsl.insertInto(APP_SETTING, APP_SETTING.SETTING_KEY, APP_SETTING.SETTING_VALUE)
                    .values(key, value)
                    .execute();
        }
    }

}
