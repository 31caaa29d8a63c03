package fr.cress.relais.territory.ui;

import atlantafx.base.theme.Styles;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.territory.ServiceFamily;
import fr.cress.relais.territory.ServiceKind;
import fr.cress.relais.territory.TerritoryLevel;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

import java.util.ArrayList;
import java.util.List;

/** The choice of service (or family), level and measure, bound to the map's view model. */
final class CoverageFilters {

    private final javafx.scene.layout.FlowPane box = new javafx.scene.layout.FlowPane(16, 6);
    private final I18n i18n;

    CoverageFilters(I18n i18n, MapViewModel model, boolean withMeasure, String idPrefix) {
        this.i18n = i18n;
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPrefWrapLength(900);
        box.getStyleClass().add("coverage-filters");
        ComboBox<String> service = serviceChoice(i18n);
        service.setId(idPrefix + "-service");
        service.valueProperty().bindBidirectional(model.serviceKey);
        ComboBox<TerritoryLevel> level = new ComboBox<>(FXCollections.observableArrayList(TerritoryLevel.values()));
        level.setId(idPrefix + "-level");
        level.setConverter(labels());
        level.valueProperty().bindBidirectional(model.level);
        box.getChildren().addAll(group(i18n.t("territory.filters.service"), service),
                group(i18n.t("territory.filters.level"), level));
        if (withMeasure) {
            box.getChildren().add(group(i18n.t("territory.filters.measure"), measure(model, idPrefix)));
        }
    }

    javafx.scene.layout.FlowPane node() {
        return box;
    }

    private static HBox group(String label, javafx.scene.Node control) {
        Label text = new Label(label);
        text.setMinWidth(Region.USE_PREF_SIZE);
        HBox group = new HBox(6, text, control);
        group.setAlignment(Pos.CENTER_LEFT);
        return group;
    }

    /** Families, each followed by its services: the keys understood by {@link ServiceKind#resolve}. */
    static ComboBox<String> serviceChoice(I18n i18n) {
        List<String> keys = new ArrayList<>();
        for (ServiceFamily family : ServiceFamily.values()) {
            keys.add(family.key());
            for (ServiceKind service : ServiceKind.values()) {
                if (service.family() == family) {
                    keys.add(service.key());
                }
            }
        }
        ComboBox<String> combo = new ComboBox<>(FXCollections.observableArrayList(keys));
        combo.setVisibleRowCount(18);
        combo.setConverter(new StringConverter<>() {
            @Override
            public String toString(String key) {
                return key == null ? "" : serviceLabel(i18n, key);
            }

            @Override
            public String fromString(String text) {
                return null;
            }
        });
        combo.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(String key, boolean empty) {
                super.updateItem(key, empty);
                getStyleClass().remove("service-family-cell");
                if (empty || key == null) {
                    setText(null);
                    return;
                }
                boolean family = isFamily(key);
                setText(family ? serviceLabel(i18n, key) : "    " + serviceLabel(i18n, key));
                if (family) {
                    getStyleClass().add("service-family-cell");
                }
            }
        });
        return combo;
    }

    static boolean isFamily(String key) {
        for (ServiceFamily family : ServiceFamily.values()) {
            if (family.key().equals(key)) {
                return true;
            }
        }
        return false;
    }

    /** « Financement (tous les services) » for a family, the service's own label otherwise. */
    static String serviceLabel(I18n i18n, String key) {
        for (ServiceFamily family : ServiceFamily.values()) {
            if (family.key().equals(key)) {
                return i18n.t("territory.filters.family", i18n.label(family));
            }
        }
        return ServiceKind.byKey(key).map(i18n::label).orElse(key);
    }

    private HBox measure(MapViewModel model, String idPrefix) {
        ToggleGroup group = new ToggleGroup();
        HBox pills = new HBox();
        for (CoverageMeasure m : CoverageMeasure.values()) {
            ToggleButton button = new ToggleButton(i18n.label(m));
            button.setId(idPrefix + "-measure-" + m.name().toLowerCase(java.util.Locale.ROOT));
            button.setToggleGroup(group);
            button.setUserData(m);
            button.getStyleClass().add(m.ordinal() == 0 ? Styles.LEFT_PILL : Styles.RIGHT_PILL);
            button.setSelected(model.measure.get() == m);
            button.setMinWidth(Region.USE_PREF_SIZE);
            pills.getChildren().add(button);
        }
        group.selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                model.measure.set((CoverageMeasure) now.getUserData());
            }
        });
        model.measure.addListener((o, a, b) -> group.getToggles().forEach(t -> t.setSelected(t.getUserData() == b)));
        return pills;
    }

    private <T extends fr.cress.relais.common.i18n.Labelled> StringConverter<T> labels() {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return i18n.label(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }
}
