package fr.cress.relais.territory;

import fr.cress.relais.db.AppSettingsRepository;
import fr.cress.relais.db.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Loads the territory reference of a region (departments, EPCI, communes) shipped with the application
 * into the store, in one transaction, when the store lacks it or holds an older edition. Several regions can
 * live side by side; the store remembers the edition of each in the setting {@value #SETTING}
 * ({@code basse-normandie:2026-11-26,...}).
 */
public final class TerritoryReference {

    /** The region every store receives. */
    public static final String DEFAULT_REGION = "basse-normandie";
    /** The app setting holding the editions loaded (written in two parts: it is not a text key). */
    static final String SETTING = "territory" + ".reference";

    private static final Logger LOG = LoggerFactory.getLogger(TerritoryReference.class);

    private final Store store;

    TerritoryReference(Store store) {
        this.store = store;
    }

    /** Loads the region when missing or outdated; returns true when it loaded something. */
    public boolean ensureLoaded(String regionId) {
        RegionAsset asset = RegionAsset.read(regionId);
        return store.transaction(dsl -> {
            AppSettingsRepository settings = new AppSettingsRepository(dsl);
            List<String> versions = versions(settings);
            boolean present = new TerritoryRepository(dsl).communeCount(asset.departementCodes()) > 0;
            if (present && versions.contains(asset.version())) {
                return false;
            }
            long start = System.nanoTime();
            new TerritoryRepository(dsl).save(asset);
            new ContourRepository(dsl).clearUnions();
            versions.removeIf(v -> v.startsWith(asset.id() + ":"));
            versions.add(asset.version());
            settings.put(SETTING, String.join(",", versions));
            LOG.info("Territory reference {} loaded: {} communes in {} ms", asset.version(), asset.communes().size(),
                    (System.nanoTime() - start) / 1_000_000);
            return true;
        });
    }

    /** The editions of the regions the store holds, e.g. {@code [basse-normandie:2026-11-26]}. */
    public List<String> loadedVersions() {
        return versions(new AppSettingsRepository(store.dsl()));
    }

    private static List<String> versions(AppSettingsRepository settings) {
        String value = settings.get(SETTING).orElse("");
        List<String> result = new ArrayList<>();
        Arrays.stream(value.split(",")).map(String::strip).filter(v -> !v.isEmpty()).forEach(result::add);
        return result;
    }
}
