package fr.cress.relais.partners.ui;

import fr.cress.relais.common.feature.UiContext;
import fr.cress.relais.common.text.Formats;
import fr.cress.relais.common.ui.FormattedTableCell;
import fr.cress.relais.partners.Contact;
import fr.cress.relais.partners.Directory;
import fr.cress.relais.partners.MemberRole;
import fr.cress.relais.partners.Membership;
import fr.cress.relais.partners.Organisation;
import fr.cress.relais.partners.PartnersFeature;
import fr.cress.relais.partners.WorkGroup;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The memberships of one organisation (its groups) or of one group (its members, former ones included:
 * the group's history), with buttons to add, edit and remove.
 */
final class MembershipsPane {

    enum Mode { ORGANISATION, GROUP }

    private final Mode mode;
    private final PartnersFeature feature;
    private final UiContext ui;
    private final DirectoryModel model;
    private final RecordActions actions;
    private final TableView<Membership> table = new TableView<>();
    private final VBox box = new VBox(6);
    private final Button add;
    private final Button edit;
    private final Button remove;
    private Long owner;

    MembershipsPane(Mode mode, PartnersFeature feature, UiContext ui, DirectoryModel model, UndoBar undo) {
        this.mode = mode;
        this.feature = feature;
        this.ui = ui;
        this.model = model;
        this.actions = new RecordActions(ui, model, undo);
        String prefix = mode == Mode.GROUP ? "group-members" : "org-memberships";
        table.setId(prefix + "-table");
        table.setPrefHeight(mode == Mode.GROUP ? 380 : 200);
        table.setPlaceholder(new Label(ui.i18n().t(mode == Mode.GROUP ? "partners.membership.noneInGroup"
                : "partners.membership.noneForOrganisation")));
        table.getColumns().addAll(columns());
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Membership item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("former"),
                        !empty && item != null && !item.activeOn(model.today()));
            }
        });
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                edit();
            }
        });
        add = new Button(ui.i18n().t("partners.membership.addButton"));
        add.setId(prefix + "-add");
        add.setOnAction(e -> add());
        edit = new Button(ui.i18n().t("partners.membership.editButton"));
        edit.setOnAction(e -> edit());
        remove = new Button(ui.i18n().t("partners.membership.removeButton"));
        remove.setOnAction(e -> remove());
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        Label title = new Label(ui.i18n().t(mode == Mode.GROUP ? "partners.membership.members" : "partners.membership.groups"));
        title.getStyleClass().add("title-4");
        javafx.scene.layout.Region spacer = new javafx.scene.layout.Region();
        HBox.setHgrow(spacer, javafx.scene.layout.Priority.ALWAYS);
        HBox top = new HBox(8, title, spacer, add, edit, remove);
        top.setAlignment(Pos.CENTER_LEFT);
        box.getChildren().addAll(top, table);
        show(null);
    }

    Node node() {
        return box;
    }

    /** Shows the memberships of an organisation or a group (by id); null for none (a record not saved yet). */
    void show(Long ownerId) {
        this.owner = ownerId;
        add.setDisable(ownerId == null);
        Directory d = model.directory();
        List<Membership> rows = ownerId == null ? List.of() : d.memberships().stream()
                .filter(m -> (mode == Mode.GROUP ? m.groupId() : m.organisationId()) == ownerId)
                .sorted(java.util.Comparator.comparing((Membership m) -> !m.activeOn(model.today()))
                        .thenComparing(m -> m.joinedOn() == null ? LocalDate.MIN : m.joinedOn()))
                .toList();
        table.getItems().setAll(rows);
    }

    private List<TableColumn<Membership, ?>> columns() {
        TableColumn<Membership, String> who = mode == Mode.GROUP
                ? Columns.of("organisation", ui.i18n().t("partners.membership.organisation"), 170,
                        m -> model.directory().organisation(m.organisationId()).map(Organisation::shortName).orElse(""))
                : Columns.of("group", ui.i18n().t("partners.membership.group"), 240,
                        m -> model.directory().groups().stream().filter(g -> g.id() == m.groupId())
                                .map(WorkGroup::name).findFirst().orElse(""));
        TableColumn<Membership, MemberRole> role = Columns.of("role", ui.i18n().t("partners.membership.role"), 120,
                Membership::role);
        role.setCellFactory(c -> new FormattedTableCell<>(r -> ui.i18n().label(r)));
        TableColumn<Membership, LocalDate> joined = Columns.of("joined", ui.i18n().t("partners.membership.joined"), 95,
                Membership::joinedOn);
        joined.setCellFactory(c -> new FormattedTableCell<>(Formats::date));
        TableColumn<Membership, LocalDate> left = Columns.of("left", ui.i18n().t("partners.membership.left"), 95,
                Membership::leftOn);
        left.setCellFactory(c -> new FormattedTableCell<>(Formats::date));
        TableColumn<Membership, String> status = Columns.of("status", ui.i18n().t("partners.membership.status"), 110,
                m -> ui.i18n().t(m.activeOn(model.today()) ? "partners.membership.current" : "partners.membership.former"));
        TableColumn<Membership, String> reps = Columns.of("representatives",
                ui.i18n().t("partners.membership.representatives"), 200, this::representatives);
        return List.of(who, role, joined, left, status, reps);
    }

    private String representatives(Membership m) {
        Map<Long, Contact> contacts = model.directory().contactsById();
        return m.representativeIds().stream().map(contacts::get).filter(Objects::nonNull)
                .map(Contact::fullName).collect(Collectors.joining(", "));
    }

    private void add() {
        if (owner == null) {
            return;
        }
        long group = mode == Mode.GROUP ? owner : model.directory().groups().stream().findFirst().map(WorkGroup::id).orElse(-1L);
        long org = mode == Mode.ORGANISATION ? owner : -1L;
        open(new Membership(null, group, org, MemberRole.MEMBER, model.today(), null, null, List.of(), 0));
    }

    private void edit() {
        Membership selected = table.getSelectionModel().getSelectedItem();
        if (selected != null) {
            open(selected);
        }
    }

    private void open(Membership start) {
        new MembershipDialog(start, model.directory(), ui.i18n(), feature.core().clock(), table.getScene().getWindow())
                .showAndWait()
                .ifPresent(m -> actions.save(p -> feature.groups().save(m), saved -> { }));
    }

    private void remove() {
        Membership selected = table.getSelectionModel().getSelectedItem();
        if (selected == null) {
            return;
        }
        actions.delete(new RecordActions.Deletion(ui.i18n().t("partners.membership.removeTitle"),
                        ui.i18n().t("partners.membership.removeMessage"), ui.i18n().t("partners.membership.removeButton"),
                        ui.i18n().t("partners.membership.removed")),
                () -> feature.groups().delete(selected), () -> { },
                p -> feature.groups().restore(selected), restored -> { });
    }
}
