package fr.cress.relais.common.feature;

import fr.cress.relais.common.concurrent.TaskRunner;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.settings.UiSettings;
import fr.cress.relais.common.ui.DialogService;

/** What a view needs from the window: dialogs, background jobs, texts, preferences, navigation, events. */
public record UiContext(I18n i18n, DialogService dialogs, TaskRunner tasks, UiSettings settings,
                        Navigator navigator, DataEvents events) {
}
