package fr.cress.relais.partners.ui;

import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.partners.OrganisationKind;
import fr.cress.relais.partners.WorkGroup;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The filter above a list: words typed (filtering as you type), the kind of organisation, a group (its
 * current members), a town; and the count « N sur M ». Échap in the field clears it.
 */
final class FilterBar {

    private final I18n i18n;
    private final VBox box = new VBox(6);
    private final TextField text = TextFields.createClearableTextField();
    private final ComboBox<Choice<OrganisationKind>> kind = new ComboBox<>();
    private final ComboBox<Choice<Long>> group = new ComboBox<>();
    private final ComboBox<Choice<String>> town = new ComboBox<>();
    private final Label count = new Label();
    private final ObjectProperty<RowFilter> filter = new SimpleObjectProperty<>(RowFilter.NONE);
    /** « N sur M », made once: the count changes at each keystroke. */
    private final MessageFormat countFormat;

    FilterBar(String idPrefix, I18n i18n) {
        this.i18n = i18n;
        this.countFormat = new MessageFormat(i18n.t("partners.list.count"), i18n.locale());
        NumberFormat numbers = NumberFormat.getInstance(i18n.locale()); // what MessageFormat makes for each number
        countFormat.setFormatByArgumentIndex(0, numbers);
        countFormat.setFormatByArgumentIndex(1, numbers);
        text.setId(idPrefix + "-filter");
        text.setPromptText(i18n.t("partners.filter.prompt"));
        kind.setId(idPrefix + "-kind");
        group.setId(idPrefix + "-group");
        town.setId(idPrefix + "-town");
        count.setId(idPrefix + "-count");
        count.getStyleClass().add("text-muted");
        List<Choice<OrganisationKind>> kinds = new ArrayList<>();
        kinds.add(new Choice<>(null, i18n.t("partners.filter.allKinds")));
        for (OrganisationKind k : OrganisationKind.values()) {
            kinds.add(new Choice<>(k, i18n.label(k)));
        }
        kind.setItems(FXCollections.observableArrayList(kinds));
        kind.getSelectionModel().selectFirst();
        setGroups(List.of());
        setTowns(List.of());
        text.textProperty().addListener((o, a, b) -> update());
        kind.valueProperty().addListener((o, a, b) -> update());
        group.valueProperty().addListener((o, a, b) -> update());
        town.valueProperty().addListener((o, a, b) -> update());
        text.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE && !text.getText().isEmpty()) {
                text.clear();
                e.consume();
            }
        });
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox words = new HBox(10, text, count);
        words.setAlignment(Pos.CENTER_LEFT);
        count.setMinWidth(Region.USE_PREF_SIZE);
        HBox choices = new HBox(6, kind, group, town);
        for (ComboBox<?> c : List.of(kind, group, town)) {
            c.setPrefWidth(150);
            c.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(c, Priority.ALWAYS);
        }
        box.getStyleClass().add("partners-filter-bar");
        box.getChildren().addAll(words, choices);
    }

    VBox node() {
        return box;
    }

    TextField textField() {
        return text;
    }

    /** Puts the cursor in the filter, now or as soon as the field is shown. */
    void focus() {
        Focus.request(text);
        text.selectAll();
    }

    ReadOnlyObjectProperty<RowFilter> filter() {
        return filter;
    }

    void setCount(int shown, int total) {
        count.setText(countFormat.format(new Object[]{shown, total}));
    }

    /** While the list still loads: « 60 sur 5 021, chargement de la suite… ». */
    void setCountLoading(int shown, int total) {
        count.setText(i18n.t("partners.list.countLoading", shown, total));
    }

    /** « Filtre : ... » for the title block of an export of what is shown. */
    String describe() {
        List<String> parts = new ArrayList<>();
        if (!text.getText().isBlank()) {
            parts.add("« " + text.getText().strip() + " »");
        }
        for (ComboBox<? extends Choice<?>> box : List.of(kind, group, town)) {
            if (box.getValue() != null && box.getValue().value() != null) {
                parts.add(box.getValue().label());
            }
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    void setGroups(Collection<WorkGroup> groups) {
        Long current = group.getValue() == null ? null : group.getValue().value();
        ObservableList<Choice<Long>> items = FXCollections.observableArrayList();
        items.add(new Choice<>(null, i18n.t("partners.filter.allGroups")));
        groups.forEach(g -> items.add(new Choice<>(g.id(), g.name())));
        group.setItems(items);
        group.setValue(items.stream().filter(c -> Objects.equals(c.value(), current)).findFirst().orElse(items.get(0)));
    }

    void setTowns(Collection<String> towns) {
        String current = town.getValue() == null ? null : town.getValue().value();
        ObservableList<Choice<String>> items = FXCollections.observableArrayList();
        items.add(new Choice<>(null, i18n.t("partners.filter.allTowns")));
        towns.forEach(t -> items.add(new Choice<>(t, t)));
        town.setItems(items);
        town.setValue(items.stream().filter(c -> Objects.equals(c.value(), current)).findFirst().orElse(items.get(0)));
    }

    private void update() {
        filter.set(RowFilter.of(text.getText(), value(kind), value(group), value(town)));
    }

    private static <T> T value(ComboBox<Choice<T>> box) {
        return box.getValue() == null ? null : box.getValue().value();
    }
}
