package fr.cress.relais.territory.ui;

import fr.cress.relais.common.feature.UiContext;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.text.Formats;
import fr.cress.relais.common.ui.EmptyState;
import fr.cress.relais.territory.TerritoryCoverage;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

import java.util.Locale;
import java.util.function.Consumer;

/**
 * « Zones blanches »: the territories of the chosen level where no structure offers the chosen service, most
 * populated first; the same figures as the map (they come from the same load). Entrée shows one on the map.
 */
final class GapsPane {

    private final I18n i18n;
    private final ObservableList<TerritoryCoverage> gaps = FXCollections.observableArrayList();
    private final FilteredList<TerritoryCoverage> filtered = new FilteredList<>(gaps);
    private final TableView<TerritoryCoverage> table = new TableView<>();
    private final TextField filter = new TextField();
    private final Label count = new Label();
    private final Label summary = new Label();
    private final BorderPane root = new BorderPane();

    GapsPane(UiContext ui, MapViewModel model, Runnable exportMatrix, Consumer<TerritoryCoverage> showOnMap) {
        this.i18n = ui.i18n();
        root.setId("map-gaps");
        table.setId("gaps-table");
        columns();
        SortedList<TerritoryCoverage> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new EmptyState(Material2OutlinedMZ.VERIFIED, i18n.t("territory.gaps.none.title"),
                i18n.t("territory.gaps.none.text")));
        table.setRowFactory(t -> {
            TableRow<TerritoryCoverage> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    showOnMap.accept(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                showOnMap.accept(table.getSelectionModel().getSelectedItem());
            }
        });
        filter.setPromptText(i18n.t("territory.gaps.filter"));
        filter.setId("gaps-filter");
        filter.textProperty().addListener((o, a, text) -> applyFilter(text));
        root.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                scene.getAccelerators().putIfAbsent(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
                        () -> {
                            if (fr.cress.relais.common.feature.SectionView.showing(root)) {
                                filter.requestFocus();
                            }
                        });
            }
        });
        Button export = new Button(i18n.t("territory.gaps.export"));
        export.setId("gaps-export");
        export.setOnAction(e -> exportMatrix.run());
        HBox search = new HBox(8, filter, count, export);
        search.setAlignment(Pos.CENTER_LEFT);
        javafx.scene.layout.FlowPane bar = new CoverageFilters(i18n, model, false, "gaps").node();
        bar.getChildren().add(search);
        bar.getStyleClass().add("map-toolbar");
        summary.getStyleClass().add("gaps-summary");
        summary.setId("gaps-summary");
        root.setTop(new VBox(8, bar, summary));
        root.setCenter(table);
        model.data().addListener((o, a, data) -> show(data, model));
        show(model.data().get(), model);
    }

    Node node() {
        return root;
    }

    private void columns() {
        TableColumn<TerritoryCoverage, String> name = new TableColumn<>(i18n.t("territory.gaps.column.name"));
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().territory().name()));
        name.setComparator(Formats.frenchOrder());
        name.setPrefWidth(320);
        TableColumn<TerritoryCoverage, String> code = new TableColumn<>(i18n.t("territory.gaps.column.code"));
        code.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().territory().code()));
        code.setPrefWidth(110);
        TableColumn<TerritoryCoverage, Integer> population = new TableColumn<>(i18n.t("territory.gaps.column.population"));
        population.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().territory().population()));
        population.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Integer value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty || value == null ? null : Formats.integer(value));
                setAlignment(Pos.CENTER_RIGHT);
            }
        });
        population.setSortType(TableColumn.SortType.DESCENDING);
        table.getColumns().addAll(java.util.List.of(name, code, population));
        table.getSortOrder().add(population);
    }

    private void show(MapData data, MapViewModel model) {
        if (data == null) {
            return;
        }
        gaps.setAll(data.coverage().stream().filter(TerritoryCoverage::isGap).toList());
        table.sort();
        long people = gaps.stream().mapToLong(g -> g.territory().population()).sum();
        summary.setText(i18n.t("territory.gaps.summary", gaps.size(), data.coverage().size(),
                CoverageFilters.serviceLabel(i18n, model.serviceKey.get()), Formats.integer(people)));
        applyFilter(filter.getText());
    }

    private void applyFilter(String text) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.FRANCE);
        filtered.setPredicate(g -> needle.isEmpty() || g.territory().name().toLowerCase(Locale.FRANCE).contains(needle)
                || g.territory().code().contains(needle));
        count.setText(i18n.t("territory.gaps.count", filtered.size(), gaps.size()));
    }

    /** For tests. */
    ObservableList<TerritoryCoverage> gaps() {
        return gaps;
    }
}
