package fr.cress.relais.actions.ui.editor;

import fr.cress.relais.actions.ContactRef;
import fr.cress.relais.actions.OrganisationRef;
import fr.cress.relais.actions.PartnerRole;
import fr.cress.relais.common.i18n.I18n;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.List;

/** Partenaires: the organisations taking part with their role, and the contact persons of the action. */
final class PartnersTab {

    private final I18n i18n;
    private final ActionEditorModel model;
    private final ComboBox<OrganisationRef> organisation = new ComboBox<>();
    private final ComboBox<ContactRef> contact = new ComboBox<>();
    private final TableView<PartnerRow> table = new TableView<>();
    private final ListView<ContactRef> contacts = new ListView<>();
    private final Tab tab;

    PartnersTab(I18n i18n, ActionEditorModel model) {
        this.i18n = i18n;
        this.model = model;
        VBox box = new VBox(8, title("actions.partners.title"), partnersTable(), partnerForm(),
                title("actions.contacts.title"), contactsList(), contactForm());
        box.getStyleClass().add("actions-tab");
        tab = new Tab(i18n.t("actions.tab.partners"), box);
        tab.setId("action-tab-partners");
        tab.setClosable(false);
        tab.textProperty().bind(Bindings.createStringBinding(() -> i18n.t("actions.tab.partnersCount",
                model.partners.stream().map(p -> p.organisation.get()).distinct().count()), model.partners));
    }

    /** Organisations and contacts to choose from, already in French alphabetical order. */
    void setDirectory(List<OrganisationRef> organisations, List<ContactRef> contacts) {
        organisation.getItems().setAll(organisations);
        contact.getItems().setAll(contacts);
    }

    Tab tab() {
        return tab;
    }

    private TableView<PartnerRow> partnersTable() {
        table.setItems(model.partners);
        table.setId("action-partners");
        table.setPrefHeight(220);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<PartnerRow, String> org = new TableColumn<>(i18n.t("actions.col.partner"));
        org.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().organisation.get().label()));
        org.setPrefWidth(220);
        TableColumn<PartnerRow, String> role = new TableColumn<>(i18n.t("actions.col.role"));
        role.setCellValueFactory(c -> new ReadOnlyStringWrapper(i18n.label(c.getValue().role.get())));
        table.getColumns().setAll(List.of(org, role));
        table.setPlaceholder(new Label(i18n.t("actions.partners.empty")));
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE && table.getSelectionModel().getSelectedItem() != null) {
                model.partners.remove(table.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        return table;
    }

    private HBox partnerForm() {
        organisation.setId("action-partner-organisation");
        organisation.setPromptText(i18n.t("actions.partners.choose"));
        organisation.setConverter(Forms.converter(OrganisationRef::label));
        organisation.setPrefWidth(240);
        ComboBox<PartnerRole> role = Forms.enumCombo(i18n, PartnerRole.values());
        role.setId("action-partner-role");
        role.setValue(PartnerRole.CONTRIBUTOR);
        Button add = new Button(i18n.t("actions.partners.add"));
        add.setId("action-partner-add");
        add.disableProperty().bind(organisation.valueProperty().isNull());
        add.setOnAction(e -> {
            boolean present = model.partners.stream().anyMatch(p -> p.organisation.get().equals(organisation.getValue())
                    && p.role.get() == role.getValue());
            if (!present) {
                model.partners.add(new PartnerRow(organisation.getValue(), role.getValue()));
            }
            organisation.setValue(null);
        });
        Button remove = new Button(i18n.t("actions.partners.remove"));
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> model.partners.remove(table.getSelectionModel().getSelectedItem()));
        return new HBox(8, organisation, role, add, remove);
    }

    private ListView<ContactRef> contactsList() {
        contacts.setItems(model.contacts);
        contacts.setId("action-contacts");
        contacts.setPrefHeight(120);
        contacts.setCellFactory(l -> Forms.cell(ContactRef::label));
        contacts.setPlaceholder(new Label(i18n.t("actions.contacts.empty")));
        VBox.setVgrow(contacts, Priority.SOMETIMES);
        return contacts;
    }

    private HBox contactForm() {
        contact.setPromptText(i18n.t("actions.contacts.choose"));
        contact.setConverter(Forms.converter(ContactRef::label));
        contact.setPrefWidth(320);
        Button add = new Button(i18n.t("actions.contacts.add"));
        add.disableProperty().bind(contact.valueProperty().isNull());
        add.setOnAction(e -> {
            if (!model.contacts.contains(contact.getValue())) {
                model.contacts.add(contact.getValue());
            }
            contact.setValue(null);
        });
        Button remove = new Button(i18n.t("actions.contacts.remove"));
        remove.disableProperty().bind(contacts.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> model.contacts.remove(contacts.getSelectionModel().getSelectedItem()));
        return new HBox(8, contact, add, remove);
    }

    private Label title(String key) {
        Label label = new Label(i18n.t(key));
        label.getStyleClass().add("title-4");
        return label;
    }
}
