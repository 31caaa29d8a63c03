package fr.cress.relais.territory;

import fr.cress.relais.db.AppSettingsRepository;
import fr.cress.relais.db.Store;
import org.jooq.DSLContext;
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

    /**
     * Loads the region when missing or outdated; returns true when it loaded something. Only the region's
     * {@code region.properties} is read to decide; its communes are read when they must be loaded.
     */
    public boolean ensureLoaded(String regionId) {
        RegionAsset.Edition edition = RegionAsset.edition(regionId);
        if (holds(edition)) {
            return false;
        }
        RegionAsset asset = RegionAsset.read(regionId);
        return store.transaction(dsl -> {
            AppSettingsRepository settings = new AppSettingsRepository(dsl);
            List<String> versions = versions(settings);
            if (holds(dsl, versions, edition)) {
                return false;
            }
            long start = System.nanoTime();
            new TerritoryRepository(dsl).save(asset);
            new ContourRepository(dsl).clearUnions();
            versions.removeIf(v -> v.startsWith(asset.id() + ":"));
            versions.add(edition.version());
            settings.put(SETTING, String.join(",", versions));
            LOG.info("Territory reference {} loaded: {} communes in {} ms", edition.version(), asset.communes().size(),
                    (System.nanoTime() - start) / 1_000_000);
            return true;
        });
    }

    private boolean holds(RegionAsset.Edition edition) {
        return store.transaction(dsl -> holds(dsl, versions(new AppSettingsRepository(dsl)), edition));
    }

    private static boolean holds(DSLContext dsl, List<String> versions, RegionAsset.Edition edition) {
        return versions.contains(edition.version())
                && new TerritoryRepository(dsl).communeCount(edition.departementCodes()) > 0;
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
