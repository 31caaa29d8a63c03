package fr.cress.relais.app;

import fr.cress.relais.actions.ActionsLargeDemo;
import fr.cress.relais.common.concurrent.Progress;
import fr.cress.relais.common.error.BadInputException;
import fr.cress.relais.common.feature.DemoContext;
import fr.cress.relais.common.feature.Feature;
import fr.cress.relais.common.feature.LargeDemoContext;
import fr.cress.relais.db.AppSettingsRepository;
import fr.cress.relais.db.StoreStats;
import fr.cress.relais.holders.HoldersLargeDemo;
import fr.cress.relais.meetings.MeetingsLargeDemo;
import fr.cress.relais.partners.PartnersLargeDemo;
import fr.cress.relais.territory.TerritoryLargeDemo;
import org.jooq.DSLContext;

import java.util.List;

/**
 * Fills an empty store with the example programme 2007-2009: every feature adds its part, in one
 * transaction. A store that already holds data is refused and left unchanged.
 * {@link #loadLarge} adds, in the same transaction, the generated data of a large network on top of it.
 */
public final class DemoLoader {

    /** The same factor always makes the same store. */
    static final long SEED = 20_071_209L;
    private final Relais relais;

    DemoLoader(Relais relais) {
        this.relais = relais;
    }

    public void load() {
        loadLarge(0, Progress.NONE);
    }

    /**
     * The example programme plus generated data: {@code factor} 1 is a large network, 0 the example alone.
     * Reports each step (a translated line) and the steps done out of five.
     */
    public void loadLarge(double factor, Progress progress) {
        relais.store().transaction(dsl -> {
            if (!StoreStats.isEmpty(dsl)) {
                throw new BadInputException("app.demo.notEmpty");
            }
            DemoContext demo = new DemoContext(dsl, relais.core().clock());
            for (Feature feature : relais.features()) {
                feature.loadDemo(demo);
            }
            if (factor > 0) {
                generate(new LargeDemoContext(demo, factor, SEED, progress), progress);
            }
            markLoaded(dsl);
            return null;
        });
    }

    private void generate(LargeDemoContext ctx, Progress progress) {
        List<Step> steps = List.of(
                new Step("app.demo.large.partners", () -> new PartnersLargeDemo(ctx).load()),
                new Step("app.demo.large.actions", () -> new ActionsLargeDemo(ctx).load()),
                new Step("app.demo.large.meetings", () -> new MeetingsLargeDemo(ctx).load()),
                new Step("app.demo.large.territory", () -> new TerritoryLargeDemo(ctx).load()),
                new Step("app.demo.large.holders", () -> new HoldersLargeDemo(ctx).load()));
        for (int i = 0; i < steps.size(); i++) {
            progress.checkCancelled();
            progress.message(relais.core().i18n().t(steps.get(i).key()));
            steps.get(i).work().run();
            progress.update(i + 1, steps.size());
        }
    }

    private static void markLoaded(DSLContext dsl) {
        AppSettingsRepository settings = new AppSettingsRepository(dsl);
        settings.put(AppSettingsRepository.EXAMPLE_DATA, "true");
        settings.put(AppSettingsRepository.INITIALISED, "true");
    }

    private record Step(String key, Runnable work) {
    }
}
