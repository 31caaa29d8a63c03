package fr.cress.relais.territory.ui;

import fr.cress.relais.common.feature.UiContext;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.ui.EmptyState;
import fr.cress.relais.territory.Offer;
import fr.cress.relais.territory.OfferService;
import fr.cress.relais.territory.OrganisationRef;
import fr.cress.relais.territory.TerritoryFeature;
import fr.cress.relais.territory.TerritoryRef;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * « Offre des partenaires »: each organisation's services with the territories they cover and their publics.
 * Ctrl+N adds, Entrée edits, Suppr deletes (after confirmation).
 */
final class OfferPane {

    private final UiContext ui;
    private final I18n i18n;
    private final OfferService offers;
    private final TerritoryFeature territory;
    private final Runnable changed;
    private final ObservableList<OrganisationRef> organisations = FXCollections.observableArrayList();
    private final FilteredList<OrganisationRef> filtered = new FilteredList<>(organisations);
    private final ListView<OrganisationRef> orgList = new ListView<>(filtered);
    private final TableView<Offer> table = new TableView<>();
    private final Label heading = new Label();
    private final Label count = new Label();
    private final TextField filter = new TextField();
    private final SplitPane root = new SplitPane();
    private List<Offer> allOffers = List.of();
    private List<TerritoryOption> options = List.of();
    private Map<TerritoryRef, String> names = new HashMap<>();

    OfferPane(UiContext ui, TerritoryFeature territory, Runnable changed) {
        this.ui = ui;
        this.i18n = ui.i18n();
        this.offers = territory.offers();
        this.territory = territory;
        this.changed = changed;
        root.setId("map-offers");
        root.getItems().addAll(left(), right());
        root.setDividerPositions(0.3);
        root.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.N && e.isShortcutDown()) {
                add();
                e.consume();
            }
        });
    }

    Node node() {
        return root;
    }

    private VBox left() {
        filter.setPromptText(i18n.t("territory.offers.filter"));
        filter.setId("offers-filter");
        filter.textProperty().addListener((o, a, text) -> {
            filtered.setPredicate(org -> Search.matches(org.name() + " " + (org.acronym() == null ? "" : org.acronym()), text));
            updateCount();
        });
        orgList.setId("offers-organisations");
        orgList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(OrganisationRef org, boolean empty) {
                super.updateItem(org, empty);
                setText(empty || org == null ? null : org.shortName());
                setTooltip(empty || org == null ? null : new javafx.scene.control.Tooltip(org.name()));
            }
        });
        orgList.getSelectionModel().selectedItemProperty().addListener((o, a, org) -> showOffers(org));
        orgList.setPlaceholder(new Label(i18n.t("territory.offers.noOrganisation")));
        VBox box = new VBox(8, filter, orgList, count);
        VBox.setVgrow(orgList, Priority.ALWAYS);
        box.getStyleClass().add("offers-left");
        return box;
    }

    private VBox right() {
        heading.getStyleClass().add("title-3");
        heading.setWrapText(true);
        TableColumn<Offer, String> service = new TableColumn<>(i18n.t("territory.offer.service"));
        service.setCellValueFactory(c -> new ReadOnlyStringWrapper(i18n.label(c.getValue().service())));
        service.setPrefWidth(220);
        TableColumn<Offer, String> territories = new TableColumn<>(i18n.t("territory.offer.territories"));
        territories.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().territories().stream()
                .map(t -> names.getOrDefault(t, t.code())).collect(Collectors.joining(", "))));
        territories.setPrefWidth(360);
        TableColumn<Offer, String> publics = new TableColumn<>(i18n.t("territory.offer.publics"));
        publics.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().publics()));
        publics.setPrefWidth(240);
        service.setCellFactory(c -> new WrappingCell<>());
        territories.setCellFactory(c -> new WrappingCell<>());
        publics.setCellFactory(c -> new WrappingCell<>());
        table.getColumns().addAll(List.of(service, territories, publics));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setId("offers-table");
        table.setPlaceholder(new EmptyState(Material2OutlinedMZ.MAP, i18n.t("territory.offers.empty.title"),
                i18n.t("territory.offers.empty.text")));
        table.setRowFactory(t -> {
            TableRow<Offer> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    edit(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            Offer selected = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                edit(selected);
            } else if (e.getCode() == KeyCode.DELETE && selected != null) {
                delete(selected);
            }
        });
        Button add = new Button(i18n.t("territory.offers.add"));
        add.setId("offers-add");
        add.setOnAction(e -> add());
        add.disableProperty().bind(orgList.getSelectionModel().selectedItemProperty().isNull());
        Button edit = new Button(i18n.t("territory.offers.edit"));
        edit.setOnAction(e -> edit(table.getSelectionModel().getSelectedItem()));
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        Button delete = new Button(i18n.t("territory.offers.delete"));
        delete.setOnAction(e -> delete(table.getSelectionModel().getSelectedItem()));
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        HBox buttons = new HBox(8, add, edit, delete);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, heading, buttons, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.getStyleClass().add("offers-right");
        return box;
    }

    /** Reads organisations, offers and the territories that can be chosen. */
    void load() {
        ui.tasks().job(i18n.t("territory.offers.loading"), p -> new Loaded(offers.organisations(), offers.offers(),
                        options.isEmpty() ? TerritoryOptions.load(territory.coverage(), i18n, OfferDialog.levels()) : options))
                .onSuccess(this::loaded)
                .onFailure(ui.dialogs()::showError)
                .start();
    }

    private record Loaded(List<OrganisationRef> organisations, List<Offer> offers, List<TerritoryOption> options) {
    }

    private void loaded(Loaded loaded) {
        OrganisationRef selected = orgList.getSelectionModel().getSelectedItem();
        options = loaded.options();
        names = new HashMap<>();
        options.forEach(o -> names.put(o.ref(), o.name()));
        allOffers = loaded.offers();
        organisations.setAll(loaded.organisations().stream()
                .sorted(java.util.Comparator.comparing(OrganisationRef::shortName, fr.cress.relais.common.text.Formats.frenchOrder()))
                .toList());
        updateCount();
        if (selected != null) {
            organisations.stream().filter(o -> o.id() == selected.id()).findFirst()
                    .ifPresent(o -> orgList.getSelectionModel().select(o));
        }
        showOffers(orgList.getSelectionModel().getSelectedItem());
    }

    private void updateCount() {
        count.setText(i18n.t("territory.offers.count", filtered.size(), organisations.size()));
    }

    private void showOffers(OrganisationRef org) {
        heading.setText(org == null ? i18n.t("territory.offers.choose") : org.name());
        table.getItems().setAll(org == null ? List.of()
                : allOffers.stream().filter(o -> o.organisationId() == org.id()).toList());
    }

    void add() {
        OrganisationRef org = orgList.getSelectionModel().getSelectedItem();
        if (org != null) {
            open(org, new Offer(0, org.id(), null, null, null, -1, List.of()));
        }
    }

    private void edit(Offer offer) {
        OrganisationRef org = orgList.getSelectionModel().getSelectedItem();
        if (offer != null && org != null) {
            open(org, offer);
        }
    }

    private void open(OrganisationRef org, Offer draft) {
        OfferDialog.edit(i18n, root.getScene().getWindow(), org, draft, options).ifPresent(edited -> ui.tasks()
                .job(i18n.t("territory.offers.saving"), p -> offers.save(edited))
                .onSuccess(id -> done())
                .onFailure(error -> {
                    ui.dialogs().showError(error);
                    open(org, edited);
                })
                .start());
    }

    private void delete(Offer offer) {
        if (offer == null || !ui.dialogs().confirm(i18n.t("territory.offers.delete.title"),
                i18n.t("territory.offers.delete.confirm", i18n.label(offer.service())), i18n.t("territory.offers.delete"))) {
            return;
        }
        ui.tasks().job(i18n.t("territory.offers.saving"), p -> {
                    offers.delete(offer.id());
                    return null;
                })
                .onSuccess(r -> done())
                .onFailure(ui.dialogs()::showError)
                .start();
    }

    private void done() {
        load();
        changed.run();
    }
}
