package fr.cress.relais.territory.ui;

import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.territory.TerritoryRef;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Chooses territories: search among the offered ones (filter as you type, Entrée or double-click adds),
 * and the chosen list (Suppr removes).
 */
final class TerritoryPicker {

    private static final int MAX_RESULTS = 200;

    private final List<TerritoryOption> options;
    private final Map<TerritoryRef, TerritoryOption> byRef;
    private final ObservableList<TerritoryOption> chosen = FXCollections.observableArrayList();
    private final ListView<TerritoryOption> results = new ListView<>();
    private final ListView<TerritoryOption> chosenList = new ListView<>(chosen);
    private final TextField search = new TextField();
    private final GridPane grid = new GridPane();

    TerritoryPicker(I18n i18n, List<TerritoryOption> options, String idPrefix) {
        this.options = options;
        this.byRef = options.stream().collect(Collectors.toMap(TerritoryOption::ref, Function.identity(), (a, b) -> a));
        search.setPromptText(i18n.t("territory.picker.search"));
        search.setId(idPrefix + "-search");
        results.setId(idPrefix + "-results");
        chosenList.setId(idPrefix + "-chosen");
        results.setPrefSize(320, 220);
        chosenList.setPrefSize(320, 220);
        chosenList.setPlaceholder(new Label(i18n.t("territory.picker.none")));
        search.textProperty().addListener((o, a, text) -> filter(text));
        search.setOnAction(e -> {
            if (!results.getItems().isEmpty()) {
                add(results.getSelectionModel().getSelectedItem() != null
                        ? results.getSelectionModel().getSelectedItem() : results.getItems().get(0));
            }
        });
        results.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                add(results.getSelectionModel().getSelectedItem());
            }
        });
        results.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                add(results.getSelectionModel().getSelectedItem());
            }
        });
        chosenList.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                chosen.remove(chosenList.getSelectionModel().getSelectedItem());
            }
        });
        Button add = new Button(i18n.t("territory.picker.add"));
        add.setOnAction(e -> add(results.getSelectionModel().getSelectedItem()));
        Button remove = new Button(i18n.t("territory.picker.remove"));
        remove.setOnAction(e -> chosen.remove(chosenList.getSelectionModel().getSelectedItem()));
        grid.setHgap(12);
        grid.setVgap(6);
        grid.add(new Label(i18n.t("territory.picker.available")), 0, 0);
        grid.add(new Label(i18n.t("territory.picker.chosen")), 1, 0);
        grid.add(new VBox(6, search, results, add), 0, 1);
        grid.add(new VBox(6, chosenList, remove), 1, 1);
        javafx.scene.layout.ColumnConstraints half = new javafx.scene.layout.ColumnConstraints();
        half.setPercentWidth(50);
        grid.getColumnConstraints().addAll(half, half);
        filter("");
    }

    GridPane node() {
        return grid;
    }

    void setChosen(List<TerritoryRef> refs) {
        chosen.setAll(refs.stream().map(r -> byRef.getOrDefault(r, new TerritoryOption(r, r.code(), r.code()))).toList());
    }

    List<TerritoryRef> chosen() {
        return chosen.stream().map(TerritoryOption::ref).toList();
    }

    ObservableList<TerritoryOption> chosenItems() {
        return chosen;
    }

    private void add(TerritoryOption option) {
        if (option != null && !chosen.contains(option)) {
            chosen.add(option);
        }
    }

    private void filter(String text) {
        results.getItems().setAll(options.stream().filter(o -> Search.matches(o.label() + " " + o.ref().code(), text))
                .limit(MAX_RESULTS).toList());
    }
}
