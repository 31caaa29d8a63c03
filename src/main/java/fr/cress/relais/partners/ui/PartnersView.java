package fr.cress.relais.partners.ui;

import fr.cress.relais.common.feature.ChangedElsewhere;
import fr.cress.relais.common.feature.SectionView;
import fr.cress.relais.common.feature.UiContext;
import fr.cress.relais.partners.PartnersFeature;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

import java.util.Objects;

/**
 * The « Partenaires » section: organisations, contacts and groups in three tabs, each built when first chosen.
 * Ctrl+N new, Ctrl+S save, Ctrl+F filter, Suppr delete (with undo), Entrée opens; unsaved edits are guarded when
 * leaving.
 */
public final class PartnersView implements SectionView {

    private static final KeyCombination NEW = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);

    private final DirectoryModel model;
    private final TabPane tabs = new TabPane();
    private final TabsOnDemand onDemand = new TabsOnDemand(tabs);
    private final UndoBar undo;
    private final Tab organisations;
    private final Tab contacts;

    public PartnersView(PartnersFeature feature, UiContext ui) {
        this.model = new DirectoryModel(feature, ui);
        this.undo = new UndoBar(tabs, ui.i18n().t("partners.undo"));
        this.organisations = onDemand.add("partners-tab-organisations", ui.i18n().t("partners.tab.organisations"),
                tab -> new OrganisationsTab(tab, feature, ui, model, undo, this::openContact, this::newContactFor));
        this.contacts = onDemand.add("partners-tab-contacts", ui.i18n().t("partners.tab.contacts"),
                tab -> new ContactsTab(tab, feature, ui, model, undo));
        onDemand.add("partners-tab-groups", ui.i18n().t("partners.tab.groups"),
                tab -> new GroupsTab(tab, feature, ui, model, undo));
        tabs.setId("partners-tabs");
        undo.node().setId("section-partners");
        undo.node().getStylesheets().add(Objects.requireNonNull(
                PartnersView.class.getResource("/fr/cress/relais/partners/partners.css")).toExternalForm());
        undo.node().getStyleClass().add("partners-section");
        undo.node().addEventHandler(KeyEvent.KEY_PRESSED, this::shortcut);
        model.reload();
    }

    @Override
    public Node node() {
        return undo.node();
    }

    @Override
    public void shown(Object target) {
        if (target instanceof Long id) {
            tabs.getSelectionModel().select(organisations);
            onDemand.get(organisations).select(id);
        }
        current().focusFilter();
    }

    @Override
    public boolean canLeave() {
        return onDemand.built().stream().allMatch(PartnersTab::canLeave);
    }

    @Override
    public void refresh() {
        model.reload();
    }

    @Override
    public void changedElsewhere(ChangedElsewhere changes) {
        if (changes.concerns("partners")) {
            model.reloadAfter(changes);
        }
    }

    private PartnersTab current() {
        return onDemand.current();
    }

    private void shortcut(KeyEvent e) {
        if (NEW.match(e)) {
            current().create();
        } else if (SAVE.match(e)) {
            current().save();
        } else if (FIND.match(e)) {
            current().focusFilter();
        } else {
            return;
        }
        e.consume();
    }

    private void openContact(long id) {
        tabs.getSelectionModel().select(contacts);
        contactsTab().select(id);
    }

    private void newContactFor(long organisationId) {
        tabs.getSelectionModel().select(contacts);
        contactsTab().createFor(organisationId);
    }

    private ContactsTab contactsTab() {
        return (ContactsTab) onDemand.get(contacts);
    }
}
