package fr.cress.relais.holders.ui;

import fr.cress.relais.common.feature.Core;
import fr.cress.relais.common.feature.UiContext;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.ui.HistoryPane;
import fr.cress.relais.holders.CommuneRef;
import fr.cress.relais.holders.Need;
import fr.cress.relais.holders.Suggestion;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

import java.util.List;
import java.util.function.BiConsumer;

/**
 * The right side of the section once a holder is open: its form, the partners suggested for its needs, its
 * referrals and its history, as tabs. Built the first time a holder is opened or created, not with the list.
 */
final class HolderDetail {

    private final TabPane tabs = new TabPane();
    private final HolderFormPane formPane;
    private final HistoryPane history;

    HolderDetail(Models models, UiContext ui, Core core, ReferralsPane.Referrer referrer,
                 BiConsumer<Suggestion, Need> referTo) {
        I18n i18n = ui.i18n();
        this.formPane = new HolderFormPane(models.form(), i18n);
        this.history = new HistoryPane(ui, core);
        ReferralsPane referralsPane = new ReferralsPane(models.referrals(), ui, referrer);
        SuggestionsPane suggestionsPane = new SuggestionsPane(models.suggestions(), i18n, referTo);
        tabs.getTabs().setAll(tab(i18n, "holders-tab-form", "holders.tab.form", formPane.node()),
                tab(i18n, "holders-tab-suggestions", "holders.tab.suggestions", suggestionsPane.node()),
                tab(i18n, "holders-tab-referrals", "holders.tab.referrals", referralsPane.node()), history.tab());
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.visibleProperty().bind(models.form().original().isNotNull());
    }

    /** The view models the detail shows; they live with the section, the panes with the detail. */
    record Models(HolderFormViewModel form, ReferralsViewModel referrals, SuggestionsViewModel suggestions) {
    }

    private static Tab tab(I18n i18n, String id, String key, Node content) {
        Tab tab = new Tab(i18n.t(key), content);
        tab.setId(id);
        return tab;
    }

    /** The holder whose history the history tab reads (when it is selected). */
    void showHistory(long holderId) {
        history.show("holder", holderId);
    }

    void setCommunes(List<CommuneRef> communes) {
        formPane.setCommunes(communes);
    }

    /** Shows the form with the focus on its first field. */
    void focusForm() {
        tabs.getSelectionModel().select(0);
        formPane.focusFirstField();
    }

    void showReferrals() {
        tabs.getSelectionModel().select(2);
    }

    HolderFormPane formPane() {
        return formPane;
    }

    Node node() {
        return tabs;
    }
}
