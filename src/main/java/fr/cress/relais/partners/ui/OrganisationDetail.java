package fr.cress.relais.partners.ui;

import fr.cress.relais.common.feature.UiContext;
import fr.cress.relais.common.ui.ChangedElsewhereNotice;
import fr.cress.relais.common.ui.EmptyState;
import fr.cress.relais.common.ui.HistoryPane;
import fr.cress.relais.partners.Contact;
import fr.cress.relais.partners.Organisation;
import fr.cress.relais.partners.PartnersFeature;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

import java.util.List;
import java.util.function.Consumer;

/**
 * The right side of the organisations tab: the form, the organisation's contacts and its memberships;
 * or, when nothing is chosen, a word on what to do. The form and its panes are built when a first organisation
 * is shown (or a new one begun): opening the section only builds the word.
 */
final class OrganisationDetail {

    /** What the tab does with the form's buttons, given when the form is built. */
    record Actions(Runnable save, Runnable revert, Runnable delete, Consumer<Long> openContact,
                   Consumer<Long> newContactFor) {
    }

    final OrganisationEditor editor = new OrganisationEditor();
    private final PartnersFeature feature;
    private final DirectoryModel model;
    private final UiContext ui;
    private final UndoBar undo;
    private final Actions actions;
    private final StackPane box = new StackPane();
    private final Node placeholder;
    private Parts parts;

    OrganisationDetail(PartnersFeature feature, UiContext ui, DirectoryModel model, UndoBar undo, Actions actions) {
        this.feature = feature;
        this.model = model;
        this.ui = ui;
        this.undo = undo;
        this.actions = actions;
        placeholder = Placeholders.fitted(new EmptyState(Material2OutlinedAL.BUSINESS,
                ui.i18n().t("partners.org.none.title"), ui.i18n().t("partners.org.none.text")));
        box.getChildren().setAll(placeholder);
    }

    /** The form, its contacts, memberships, history and the notice of changes made elsewhere. */
    private final class Parts {

        final OrganisationForm form = new OrganisationForm(editor, ui.i18n());
        final MembershipsPane memberships = new MembershipsPane(MembershipsPane.Mode.ORGANISATION, feature, ui, model,
                undo);
        final ChangedElsewhereNotice notice = new ChangedElsewhereNotice(ui.i18n());
        final HistoryPane history = new HistoryPane(ui, feature.core());
        final ListView<Contact> contacts = new ListView<>();
        final Button addContact = new Button(ui.i18n().t("partners.org.addContact"));
        final BorderPane content;

        Parts() {
            contacts.setId("org-contacts");
            contacts.setPrefHeight(110);
            contacts.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
                @Override
                protected void updateItem(Contact c, boolean empty) {
                    super.updateItem(c, empty);
                    setText(empty || c == null ? null
                            : fr.cress.relais.partners.Texts.join(" – ", c.fullName(), c.jobTitle()));
                }
            });
            contacts.setPlaceholder(new Label(ui.i18n().t("partners.org.noContacts")));
            contacts.setOnMouseClicked(e -> {
                Contact c = contacts.getSelectionModel().getSelectedItem();
                if (e.getClickCount() == 2 && c != null) {
                    actions.openContact().accept(c.id());
                }
            });
            addContact.setOnAction(e -> actions.newContactFor().accept(editor.original().id()));
            Label contactsTitle = new Label(ui.i18n().t("partners.org.contacts"));
            contactsTitle.getStyleClass().add("title-4");
            form.body().getChildren().addAll(contactsTitle, contacts, addContact, memberships.node(), history.section());
            form.save.setOnAction(e -> actions.save().run());
            form.revert.setOnAction(e -> actions.revert().run());
            form.delete.setOnAction(e -> actions.delete().run());
            ScrollPane fields = new ScrollPane(form.body());
            fields.setFitToWidth(true);
            content = new BorderPane(fields, new VBox(notice.node(), form.header()), null, null, null);
            content.getStyleClass().add("partners-detail");
        }
    }

    private Parts parts() {
        if (parts == null) {
            parts = new Parts();
        }
        return parts;
    }

    Node node() {
        return box;
    }

    OrganisationForm form() {
        return parts().form;
    }

    ChangedElsewhereNotice notice() {
        return parts().notice;
    }

    /** Shows an organisation (a blank one for « new »). */
    void show(Organisation o) {
        Parts p = parts();
        editor.load(o);
        p.notice.hide();
        p.history.show("organisation", o.id());
        p.form.validation().reset();
        refreshTitle();
        refreshRelated();
        box.getChildren().setAll(p.content);
    }

    void clear() {
        box.getChildren().setAll(placeholder);
    }

    boolean isShowingSomething() {
        return parts != null && box.getChildren().contains(parts.content);
    }

    void refreshTitle() {
        Organisation o = editor.original();
        form().setTitle(o == null || o.isNew() ? ui.i18n().t("partners.org.new") : o.name());
        form().delete.setDisable(o == null || o.isNew());
    }

    /** Contacts and memberships of the organisation shown, from the directory as last loaded. */
    void refreshRelated() {
        if (parts == null) {
            return;
        }
        Organisation o = editor.original();
        Long id = o == null ? null : o.id();
        List<Contact> list = id == null ? List.of() : model.directory().contactsByOrganisation().getOrDefault(id, List.of());
        parts.contacts.getItems().setAll(list);
        parts.addContact.setDisable(id == null);
        parts.memberships.show(id);
    }
}
