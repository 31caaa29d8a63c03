package fr.cress.relais.partners.ui;

import fr.cress.relais.common.feature.UiContext;
import fr.cress.relais.common.ui.EditConflicts;
import fr.cress.relais.common.ui.EmptyState;
import fr.cress.relais.common.ui.HistoryPane;
import fr.cress.relais.partners.Contact;
import fr.cress.relais.partners.PartnersFeature;
import fr.cress.relais.partners.Texts;
import javafx.scene.control.Button;
import javafx.scene.control.MenuButton;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Contacts: the filtered list on the left, the selected person on the right, and the RGPD actions. */
final class ContactsTab implements PartnersTab {

    private final PartnersFeature feature;
    private final UiContext ui;
    private final DirectoryModel model;
    private final RecordActions actions;
    private final EditConflicts conflicts;
    private HistoryPane history;
    private final ListPane<ContactRow> list;
    private final ContactEditor editor;
    private ContactForm form;
    private final PrivacyActions privacy;
    private final StackPane detail = new StackPane();
    private javafx.scene.Node scroll;
    private List<fr.cress.relais.partners.Organisation> organisationsByName = List.of();
    private final javafx.scene.Node placeholder;
    private final Tab tab;
    private Long pendingSelection;

    ContactsTab(Tab tab, PartnersFeature feature, UiContext ui, DirectoryModel model, UndoBar undo) {
        this.tab = tab;
        this.feature = feature;
        this.ui = ui;
        this.model = model;
        this.actions = new RecordActions(ui, model, undo);
        this.conflicts = new EditConflicts(ui, feature.core());
        this.editor = new ContactEditor(model::today);
        this.privacy = new PrivacyActions(feature, ui, model);
        this.list = new ListPane<>("contacts", ui.i18n(), ContactRow::matches, ContactRow::searchText,
                ContactRow::id,
                new EmptyState(Material2OutlinedAL.CONTACTS, ui.i18n().t("partners.contact.empty.title"),
                        ui.i18n().t("partners.contact.empty.text")));
        ContactColumns.addTo(list.table(), ui.i18n());
        ColumnMemory.attach(list.table(), ui.settings(), "contacts");
        SelectionGuard.install(list.table(), this::canLeave);
        list.table().getSelectionModel().selectedItemProperty().addListener((o, a, row) -> selected(row));
        list.table().setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                delete();
            } else if (e.getCode() == KeyCode.ENTER && list.selected().isPresent()) {
                form().focusFirstField();
            }
        });
        placeholder = Placeholders.fitted(new EmptyState(Material2OutlinedAL.CONTACTS,
                ui.i18n().t("partners.contact.none.title"), ui.i18n().t("partners.contact.none.text")));
        detail.getChildren().setAll(placeholder);
        VBox left = new VBox(8, toolbar(), list.node());
        VBox.setVgrow(list.node(), Priority.ALWAYS);
        SplitPane split = new SplitPane(left, detail);
        split.setDividerPositions(0.5);
        tab.setContent(split);
        model.onLoaded(this::loaded); // at once with the directory if it was read before this tab was built
    }

    /** The form and the history beside it, built when a first contact is shown or begun. */
    private ContactForm form() {
        if (form == null) {
            form = new ContactForm(editor, ui.i18n(), feature.core().clock());
            history = new HistoryPane(ui, feature.core());
            form.addSection(history.section());
            form.save.setOnAction(e -> save());
            form.revert.setOnAction(e -> editor.revert());
            form.delete.setOnAction(e -> delete());
            form.setOrganisations(organisationsByName);
            scroll = form.node();
        }
        return form;
    }

    private javafx.scene.layout.HBox toolbar() {
        Button create = Toolbars.button("contacts-new", ui.i18n().t("partners.contact.newButton"),
                Material2OutlinedAL.ADD, this::create);
        create.getStyleClass().add("accent");
        Button export = Toolbars.button("contacts-export-shown", ui.i18n().t("partners.export.shown"),
                Material2OutlinedAL.GET_APP, () -> {
                    Set<Long> ids = list.shown().stream().map(ContactRow::id).collect(Collectors.toSet());
                    new DirectoryExportAction(feature, ui).exportShown(model.directory().withContacts(ids),
                            list.bar().describe());
                });
        Toolbars.withTooltip(export, ui.i18n().t("partners.export.shown.tooltip"));
        MenuButton rgpd = privacy.menu(list.table().getSelectionModel().selectedItemProperty().isNull(),
                () -> selectedContact().orElse(null), () -> tab.getTabPane().getScene().getWindow());
        return Toolbars.of(create, export, rgpd);
    }

    private java.util.Optional<Contact> selectedContact() {
        return list.selected().map(ContactRow::contact);
    }

    @Override
    public Tab tab() {
        return tab;
    }

    @Override
    public void create() {
        if (!canLeave()) {
            return;
        }
        list.table().getSelectionModel().clearSelection();
        show(Contact.blank().withOrganisations(List.of()));
        form().focusFirstField();
    }

    /** A new contact for an organisation (from the organisation's detail). */
    void createFor(long organisationId) {
        if (!canLeave()) {
            return;
        }
        list.table().getSelectionModel().clearSelection();
        show(Contact.blank().withOrganisations(List.of(organisationId)));
        form().focusFirstField();
    }

    @Override
    public void save() {
        if (form == null || !detail.getChildren().contains(scroll) || !form.validation().showAndCheck()) {
            return;
        }
        Contact current = editor.current();
        if (!current.isNew() && !editor.isDirty()) {
            return;
        }
        save(current);
    }

    private void save(Contact yours) {
        actions.save(p -> feature.partners().save(yours), saved -> {
            show(saved);
            pendingSelection = saved.id();
        }, error -> conflicts.saveFailed(error, new EditConflicts.Edit<>("contact",
                yours.isNew() ? 0 : yours.id(), yours,
                () -> feature.partners().contact(yours.id()).orElse(null),
                theirs -> {
                    show(theirs);
                    model.reload();
                },
                theirs -> save(yours.withId(yours.id(), theirs.version(), theirs.updatedAt())))));
    }

    private void delete() {
        Contact c = editor.original();
        if (c == null || c.isNew()) {
            return;
        }
        actions.delete(new RecordActions.Deletion(ui.i18n().t("partners.contact.deleteTitle"),
                        ui.i18n().t("partners.contact.deleteMessage", c.fullName()), ui.i18n().t("partners.form.delete"),
                        ui.i18n().t("partners.contact.deleted", c.fullName())),
                () -> feature.partners().delete(c),
                () -> {
                    list.remove(c.id());
                    detail.getChildren().setAll(placeholder);
                },
                p -> feature.partners().restoreContact(c.id()),
                restored -> pendingSelection = restored.id());
    }

    @Override
    public void focusFilter() {
        list.bar().focus();
    }

    @Override
    public boolean canLeave() {
        String name = Texts.join(" ", editor.firstName.get(), editor.lastName.get());
        return UnsavedChanges.canLeave(editor, name.isEmpty() ? ui.i18n().t("partners.contact.new") : name, ui);
    }

    @Override
    public boolean select(long id) {
        return list.select(id);
    }

    private void selected(ContactRow row) {
        if (row != null && !editor.isDirty()) {
            show(row.contact());
        }
    }

    private void show(Contact c) {
        ContactForm form = form();
        editor.load(c);
        history.show("contact", c.id());
        form.validation().reset();
        form.setTitle(c.isNew() ? ui.i18n().t("partners.contact.new") : c.fullName());
        form.delete.setDisable(c.isNew());
        detail.getChildren().setAll(scroll);
    }

    private void loaded(DirectoryModel.Loaded loaded) {
        if (!loaded.complete()) {
            return;
        }
        list.setAll(loaded.contacts(), loaded.contactIndex());
        list.bar().setGroups(loaded.directory().groups());
        list.bar().setTowns(loaded.towns());
        organisationsByName = loaded.organisationsByName();
        if (form != null) {
            form.setOrganisations(organisationsByName);
        }
        if (pendingSelection != null && list.select(pendingSelection)) {
            pendingSelection = null;
        }
    }
}
