package fr.cress.relais.app;

import fr.cress.relais.common.concurrent.FxTaskRunner;
import fr.cress.relais.common.feature.SectionId;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.ui.DialogService;
import fr.cress.relais.db.AppSettingsRepository;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The first start on an empty store: the welcome screen, then the example programme loaded in the background
 * (straight away with {@code --demo}) or an empty store marked as started; the window then enters its sections.
 */
final class WelcomeFlow {

    private final I18n i18n;
    private final FxTaskRunner tasks;
    private final DialogService dialogs;
    private final ContentScreens screens;
    private final Supplier<Relais> relais;
    /** Before the welcome screen: the navigation and the menus that need a store are disabled. */
    private final Runnable disable;
    /** After the example programme was loaded: the example banner is shown, the dashboard entered. */
    private final Runnable exampleLoaded;
    /** The section to enter once the store is started. */
    private final Consumer<SectionId> enter;

    WelcomeFlow(I18n i18n, FxTaskRunner tasks, DialogService dialogs, ContentScreens screens, Supplier<Relais> relais,
                Runnable disable, Runnable exampleLoaded, Consumer<SectionId> enter) {
        this.i18n = i18n;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.screens = screens;
        this.relais = relais;
        this.disable = disable;
        this.exampleLoaded = exampleLoaded;
        this.enter = enter;
    }

    void showWelcome() {
        disable.run();
        screens.show(new WelcomeView(i18n, this::startWithExample, this::startEmpty).node());
    }

    void startWithExample() {
        screens.busy(i18n.t("app.welcome.loading"));
        tasks.job(i18n.t("app.welcome.loading"), progress -> {
                    relais.get().demoLoader().load();
                    return null;
                })
                .onSuccess(r -> exampleLoaded.run())
                .onFailure(error -> {
                    dialogs.showError(error);
                    showWelcome();
                })
                .start();
    }

    private void startEmpty() {
        tasks.job(i18n.t("app.welcome.title"), progress -> {
                    relais.get().storeSettings().put(AppSettingsRepository.INITIALISED, "true");
                    return null;
                })
                .onSuccess(r -> enter.accept(SectionId.PARTNERS))
                .start();
    }
}
