package fr.cress.relais.app;

import fr.cress.relais.actions.ActionsFeature;
import fr.cress.relais.common.feature.Core;
import fr.cress.relais.common.feature.Feature;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.settings.DataLocations;
import fr.cress.relais.common.settings.ServerAddress;
import fr.cress.relais.db.AppSettingsRepository;
import fr.cress.relais.db.Store;
import fr.cress.relais.db.StoreStats;
import fr.cress.relais.holders.HoldersFeature;
import fr.cress.relais.meetings.MeetingsFeature;
import fr.cress.relais.partners.PartnersFeature;
import fr.cress.relais.safety.BackupService;
import fr.cress.relais.safety.StoreOpener;
import fr.cress.relais.territory.TerritoryFeature;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The composition root: opens the store and builds every feature with its services, in dependency order.
 * The window and the command line both start from here; nothing else creates services.
 */
public final class Relais implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Relais.class);
    private final Core core;
    private final PartnersFeature partners;
    private final ActionsFeature actions;
    private final MeetingsFeature meetings;
    private final TerritoryFeature territory;
    private final HoldersFeature holders;
    private final List<Feature> features;

    private Relais(Core core) {
        this.core = core;
        this.partners = new PartnersFeature(core);
        this.actions = new ActionsFeature(core, partners);
        this.meetings = new MeetingsFeature(core, partners, actions);
        this.territory = new TerritoryFeature(core, partners);
        this.holders = new HoldersFeature(core, partners, territory);
        // Later features feed earlier ones through their extension points, never by a dependency back.
        territory.addOverlay(holders.mapOverlay());
        actions.addBilanContribution(holders.bilanContribution());
        // Order matters for the example programme: a feature may link to what an earlier one created.
        this.features = List.of(partners, actions, meetings, territory, holders);
    }

    /**
     * Opens the store of {@code locations} and builds the features. Pending migrations run after a backup;
     * a failed migration restores that backup (see {@link StoreOpener}).
     */
    public static Relais open(DataLocations locations, I18n i18n, Clock clock) {
        Store store = new StoreOpener(locations, clock).open();
        return new Relais(new Core(store, i18n, clock, locations));
    }

    /**
     * Opens the shared store of a PostgreSQL server (migrated by Flyway) and builds the features. No file backup
     * is taken before a migration there: backing up a server is its administrator's job.
     */
    public static Relais openServer(ServerAddress server, String password, DataLocations locations, I18n i18n,
                                    Clock clock) {
        return new Relais(new Core(Store.server(server, password), i18n, clock, locations));
    }

    /** Builds the features on an already open store (tests, benchmarks). */
    public static Relais on(Store store, DataLocations locations, I18n i18n, Clock clock) {
        return new Relais(new Core(store, i18n, clock, locations));
    }

    public Core core() {
        return core;
    }

    public Store store() {
        return core.store();
    }

    public List<Feature> features() {
        return features;
    }

    public PartnersFeature partners() {
        return partners;
    }

    public ActionsFeature actions() {
        return actions;
    }

    public MeetingsFeature meetings() {
        return meetings;
    }

    public TerritoryFeature territory() {
        return territory;
    }

    public HoldersFeature holders() {
        return holders;
    }

    public Map<String, Long> stats() {
        return StoreStats.count(core.dsl());
    }

    public AppSettingsRepository storeSettings() {
        return new AppSettingsRepository(core.dsl());
    }

    /** True on a store where the user has chosen nothing yet: the window shows the welcome screen. */
    public boolean needsWelcome() {
        return !storeSettings().flag(AppSettingsRepository.INITIALISED) && StoreStats.isEmpty(core.dsl());
    }

    public boolean holdsExampleData() {
        return storeSettings().flag(AppSettingsRepository.EXAMPLE_DATA);
    }

    public DemoLoader demoLoader() {
        return new DemoLoader(this);
    }

    public BackupService backups() {
        return new BackupService(core.locations(), core.clock());
    }

    /**
     * The window's clean exit: a backup of the embedded store (rotated), then close with a full compaction.
     * A failed backup never blocks the exit. A shared store is only closed.
     */
    public void closeWithBackup() {
        if (!core.store().embedded()) {
            close();
            return;
        }
        try {
            backups().atExit(core.store());
        } catch (RuntimeException e) {
            LOG.warn("Backup at exit failed", e);
        } finally {
            core.store().closeCompacted();
        }
    }

    @Override
    public void close() {
        core.store().close();
    }
}
