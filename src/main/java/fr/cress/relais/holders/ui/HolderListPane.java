package fr.cress.relais.holders.ui;

import fr.cress.relais.common.feature.UiContext;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.text.Formats;
import fr.cress.relais.common.ui.EmptyState;
import fr.cress.relais.common.ui.FormattedTableCell;
import fr.cress.relais.common.ui.HoverTooltip;
import fr.cress.relais.holders.HolderPlace;
import fr.cress.relais.holders.HolderRow;
import fr.cress.relais.holders.Need;
import fr.cress.relais.holders.Stage;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.transformation.SortedList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The left side of the section: filters, the sortable table of holders, the count, the empty states. */
final class HolderListPane {

    private final HolderListViewModel model;
    private final I18n i18n;
    private final TableView<HolderRow> table = new TableView<>();
    private final TextField filter = new TextField();
    private final StackPane stack = new StackPane();
    private final VBox node;

    HolderListPane(HolderListViewModel model, UiContext ui, Runnable onNew) {
        this.model = model;
        this.i18n = ui.i18n();
        filter.setId("holders-filter");
        filter.setPromptText(i18n.t("holders.list.filter"));
        filter.textProperty().bindBidirectional(model.text());
        buildTable();
        Label count = new Label();
        count.setId("holders-count");
        count.getStyleClass().add("text-muted");
        count.textProperty().bind(model.count());
        EmptyState empty = new EmptyState(Material2OutlinedAL.LIGHTBULB, i18n.t("holders.list.empty.title"),
                i18n.t("holders.list.empty.text")).withAction(i18n.t("holders.action.new"), onNew);
        empty.setId("holders-empty");
        empty.visibleProperty().bind(model.loaded().and(javafx.beans.binding.Bindings.isEmpty(model.all())));
        table.visibleProperty().bind(empty.visibleProperty().not());
        stack.getChildren().addAll(table, empty);
        VBox.setVgrow(stack, Priority.ALWAYS);
        node = new VBox(8, filter, filters(), stack, count);
        node.getStyleClass().add("holders-list");
    }

    private FlowPane filters() {
        ComboBox<Stage> stage = combo("holders-filter-stage", FXCollections.observableArrayList(Stage.values()),
                Labels.converter(i18n, i18n.t("holders.filter.allStages")));
        stage.valueProperty().bindBidirectional(model.stage());
        ComboBox<Need> need = combo("holders-filter-need", FXCollections.observableArrayList(Need.catalogue()),
                Labels.converter(i18n, i18n.t("holders.filter.allNeeds")));
        need.valueProperty().bindBidirectional(model.need());
        need.setPrefWidth(230);
        ComboBox<Integer> year = new ComboBox<>();
        year.setId("holders-filter-year");
        year.getItems().add(null);
        model.years().addListener((javafx.collections.ListChangeListener<Integer>) c -> {
            List<Integer> items = new ArrayList<>();
            items.add(null);
            items.addAll(model.years());
            year.getItems().setAll(items);
        });
        Labels.show(year, Labels.converter(String::valueOf, i18n.t("holders.filter.allYears")));
        year.valueProperty().bindBidirectional(model.year());
        ToggleButton due = new ToggleButton(i18n.t("holders.filter.due"));
        due.setId("holders-filter-due");
        due.selectedProperty().bindBidirectional(model.dueOnly());
        FlowPane pane = new FlowPane(8, 8, stage, need, year, due, placeChip());
        pane.getStyleClass().add("holders-filters");
        return pane;
    }

    /** « Commune : Carentan-les-Marais ✕ », shown while the list is filtered on a place; a click clears it. */
    private Button placeChip() {
        Button chip = new Button();
        chip.setId("holders-filter-place");
        chip.getStyleClass().addAll("holders-commune-chip", Styles.SMALL);
        chip.setGraphic(new FontIcon(Material2AL.CLOSE));
        chip.setContentDisplay(ContentDisplay.RIGHT);
        HoverTooltip.install(chip, i18n.t("holders.filter.place.clear"));
        chip.textProperty().bind(Bindings.createStringBinding(() -> placeText(model.place().get()), model.place()));
        chip.visibleProperty().bind(model.place().isNotNull());
        chip.managedProperty().bind(chip.visibleProperty());
        chip.setOnAction(e -> model.place().set(null));
        return chip;
    }

    private String placeText(HolderPlace place) {
        if (place == null) {
            return "";
        }
        return switch (place.level()) {
            case COMMUNE -> i18n.t("holders.filter.place.commune", place.name());
            case EPCI -> i18n.t("holders.filter.place.epci", place.name());
            case ZONE -> i18n.t("holders.filter.place.zone", place.name());
            case DEPARTEMENT -> i18n.t("holders.filter.place.departement", place.name());
        };
    }

    private <T> ComboBox<T> combo(String id, javafx.collections.ObservableList<T> values,
                                  javafx.util.StringConverter<T> converter) {
        ComboBox<T> combo = new ComboBox<>();
        combo.setId(id);
        combo.getItems().add(null);
        combo.getItems().addAll(values);
        Labels.show(combo, converter);
        return combo;
    }

    private void buildTable() {
        table.setId("holders-table");
        TableColumn<HolderRow, HolderRow> name = new TableColumn<>(i18n.t("holders.col.name"));
        name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        var needLabels = HolderNameCell.needLabels(i18n);
        name.setCellFactory(c -> new HolderNameCell(needLabels));
        name.setComparator(java.util.Comparator.comparing(HolderRow::displayName, Formats.frenchOrder()));
        name.setPrefWidth(210);
        TableColumn<HolderRow, String> commune = column("holders.col.commune", r -> r.communeName(), 120);
        commune.setMinWidth(105);
        commune.setComparator(Formats.frenchOrder());
        TableColumn<HolderRow, LocalDate> met = new TableColumn<>(i18n.t("holders.col.firstContact"));
        met.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().firstContactOn()));
        met.setCellFactory(c -> new FormattedTableCell<>(Formats::date));
        met.setPrefWidth(112);
        met.setMinWidth(112);
        TableColumn<HolderRow, Integer> due = new TableColumn<>(i18n.t("holders.col.due"));
        due.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().followUpsDue()));
        due.setCellFactory(c -> new DueCell(i18n));
        due.setPrefWidth(104);
        due.setMinWidth(104);
        table.getColumns().setAll(List.of(name, commune, met, due));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSortOrder().add(met);
        met.setSortType(TableColumn.SortType.DESCENDING);
        SortedList<HolderRow> sorted = new SortedList<>(model.shown());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        Button clear = new Button(i18n.t("holders.filter.clear"));
        clear.setOnAction(e -> model.clearFilters());
        VBox placeholder = new VBox(8, new Label(i18n.t("holders.list.noMatch")), clear);
        placeholder.setAlignment(javafx.geometry.Pos.CENTER);
        table.setPlaceholder(placeholder);
    }

    private TableColumn<HolderRow, String> column(String key, java.util.function.Function<HolderRow, String> value,
                                                  double width) {
        TableColumn<HolderRow, String> column = new TableColumn<>(i18n.t(key));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    TableView<HolderRow> table() {
        return table;
    }

    TextField filter() {
        return filter;
    }

    Node node() {
        return node;
    }
}
