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
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

import java.util.List;
import java.util.function.Consumer;

/**
 * The right side of the organisations tab: the form, the organisation's contacts and its memberships;
 * or, when nothing is chosen, a word on what to do.
 */
final class OrganisationDetail {

    final OrganisationEditor editor = new OrganisationEditor();
    final OrganisationForm form;
    final MembershipsPane memberships;
    final ChangedElsewhereNotice notice;
    private final HistoryPane history;
    private final DirectoryModel model;
    private final UiContext ui;
    private final ListView<Contact> contacts = new ListView<>();
    private final Button addContact;
    private final StackPane box = new StackPane();
    private final Node placeholder;
    private final javafx.scene.layout.BorderPane content;

    OrganisationDetail(PartnersFeature feature, UiContext ui, DirectoryModel model, UndoBar undo,
                       Consumer<Long> openContact, Consumer<Long> newContactFor) {
        this.model = model;
        this.ui = ui;
        this.form = new OrganisationForm(editor, ui.i18n());
        this.memberships = new MembershipsPane(MembershipsPane.Mode.ORGANISATION, feature, ui, model, undo);
        contacts.setId("org-contacts");
        contacts.setPrefHeight(110);
        contacts.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Contact c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : fr.cress.relais.partners.Texts.join(" – ", c.fullName(), c.jobTitle()));
            }
        });
        contacts.setPlaceholder(new Label(ui.i18n().t("partners.org.noContacts")));
        contacts.setOnMouseClicked(e -> {
            Contact c = contacts.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && c != null) {
                openContact.accept(c.id());
            }
        });
        addContact = new Button(ui.i18n().t("partners.org.addContact"));
        addContact.setOnAction(e -> newContactFor.accept(editor.original().id()));
        Label contactsTitle = new Label(ui.i18n().t("partners.org.contacts"));
        contactsTitle.getStyleClass().add("title-4");
        this.notice = new ChangedElsewhereNotice(ui.i18n());
        this.history = new HistoryPane(ui, feature.core());
        form.body().getChildren().addAll(contactsTitle, contacts, addContact, memberships.node(), history.section());
        ScrollPane fields = new ScrollPane(form.body());
        fields.setFitToWidth(true);
        content = new javafx.scene.layout.BorderPane(fields, new VBox(notice.node(), form.header()), null, null, null);
        content.getStyleClass().add("partners-detail");
        placeholder = Placeholders.fitted(new EmptyState(Material2OutlinedAL.BUSINESS,
                ui.i18n().t("partners.org.none.title"), ui.i18n().t("partners.org.none.text")));
        box.getChildren().setAll(placeholder);
    }

    Node node() {
        return box;
    }

    /** Shows an organisation (a blank one for « new »). */
    void show(Organisation o) {
        editor.load(o);
        notice.hide();
        history.show("organisation", o.id());
        form.validation().reset();
        refreshTitle();
        refreshRelated();
        box.getChildren().setAll(content);
    }

    void clear() {
        box.getChildren().setAll(placeholder);
    }

    boolean isShowingSomething() {
        return box.getChildren().contains(content);
    }

    void refreshTitle() {
        Organisation o = editor.original();
        form.setTitle(o == null || o.isNew() ? ui.i18n().t("partners.org.new") : o.name());
        form.delete.setDisable(o == null || o.isNew());
    }

    /** Contacts and memberships of the organisation shown, from the directory as last loaded. */
    void refreshRelated() {
        Organisation o = editor.original();
        Long id = o == null ? null : o.id();
        List<Contact> list = id == null ? List.of() : model.directory().contactsByOrganisation().getOrDefault(id, List.of());
        contacts.getItems().setAll(list);
        addContact.setDisable(id == null);
        memberships.show(id);
    }
}
