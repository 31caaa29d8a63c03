package fr.cress.relais.holders.ui;

import fr.cress.relais.common.feature.UiContext;
import fr.cress.relais.holders.Holder;
import fr.cress.relais.holders.Need;
import fr.cress.relais.holders.NeedSuggestions;
import fr.cress.relais.holders.SuggestionService;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;

/** The partners suggested for the selected holder's needs where it lives, computed in the background. */
final class SuggestionsViewModel {

    private final SuggestionService service;
    private final UiContext ui;
    private final ObservableList<NeedSuggestions> results = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper info = new ReadOnlyStringWrapper();
    private long generation;

    SuggestionsViewModel(SuggestionService service, UiContext ui) {
        this.service = service;
        this.ui = ui;
    }

    /** Shows the suggestions for a saved holder (null: none selected). */
    void show(Holder holder) {
        long current = ++generation;
        results.clear();
        if (holder == null || holder.isNew()) {
            info.set(ui.i18n().t("holders.suggest.saveFirst"));
            return;
        }
        if (holder.communeCode() == null) {
            info.set(ui.i18n().t("holders.suggest.noCommune"));
            return;
        }
        if (holder.needs().isEmpty()) {
            info.set(ui.i18n().t("holders.suggest.noNeed"));
            return;
        }
        info.set(ui.i18n().t("holders.suggest.loading"));
        List<Need> needs = holder.needs().stream().map(Need::new).toList();
        ui.tasks().job(ui.i18n().t("holders.suggest.loading"), p -> service.suggest(holder.communeCode(), needs))
                .onSuccess(list -> {
                    if (current == generation) {
                        info.set(list.isEmpty() ? "" : ui.i18n().t("holders.suggest.intro", list.get(0).communeName()));
                        results.setAll(list);
                    }
                })
                .onFailure(ui.dialogs()::showError)
                .start();
    }

    ObservableList<NeedSuggestions> results() {
        return results;
    }

    ReadOnlyStringProperty info() {
        return info.getReadOnlyProperty();
    }
}
