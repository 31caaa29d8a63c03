package fr.cress.relais.territory.ui;

import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.partners.OrganisationKind;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.Background;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Circle;

import java.util.Set;

/**
 * The legend under the map: the five coverage classes of the current measure, a note on the proportional
 * circles used where contours are unknown, and the kinds of organisations shown. Its colour swatches are
 * styled by CSS ({@code .coverage-class-N}); the coverage layer paints with the very colours the legend shows.
 */
final class MapLegend {

    static final int CLASSES = 5;

    private final I18n i18n;
    private final VBox box = new VBox(4);
    private final Label title = new Label();
    private final Region[] swatches = new Region[CLASSES];
    private final Label[] labels = new Label[CLASSES];
    private final Label symbols = new Label();
    private final FlowPane kinds = new FlowPane(12, 4);
    private final Region outline = new Region();
    private final Region selection = new Region();
    private final Region land = new Region();
    private final Region border = new Region();

    MapLegend(I18n i18n) {
        this.i18n = i18n;
        box.getStyleClass().add("map-legend");
        box.setId("map-legend");
        title.getStyleClass().add("map-legend-title");
        FlowPane classes = new FlowPane(12, 4);
        classes.setAlignment(Pos.CENTER_LEFT);
        classes.getChildren().add(title);
        for (int i = 0; i < CLASSES; i++) {
            swatches[i] = new Region();
            swatches[i].getStyleClass().addAll("coverage-swatch", "coverage-class-" + i);
            labels[i] = new Label();
            HBox item = new HBox(5, swatches[i], labels[i]);
            item.setAlignment(Pos.CENTER_LEFT);
            classes.getChildren().add(item);
        }
        symbols.getStyleClass().add("map-legend-note");
        symbols.setWrapText(true);
        symbols.setMinHeight(Region.USE_PREF_SIZE);
        kinds.setAlignment(Pos.CENTER_LEFT);
        for (Region hidden : new Region[]{outline, selection, land, border}) {
            hidden.setManaged(false);
            hidden.setVisible(false);
        }
        outline.getStyleClass().add("coverage-outline");
        selection.getStyleClass().add("coverage-selection");
        land.getStyleClass().add("map-land");
        border.getStyleClass().add("map-border");
        box.getChildren().addAll(classes, symbols, kinds, outline, selection, land, border);
    }

    void show(CoverageMeasure measure, boolean withSymbols) {
        title.setText(i18n.label(measure) + "\u202f:");
        for (int i = 0; i < CLASSES; i++) {
            labels[i].setText(i18n.t(measure.classKey(i)));
        }
        symbols.setText(withSymbols ? i18n.t("territory.map.legend.symbols") : "");
        symbols.setManaged(withSymbols);
        symbols.setVisible(withSymbols);
    }

    /** Shows the organisations' line while their layer is shown. */
    void showOrganisations(javafx.beans.value.ObservableBooleanValue shown) {
        kinds.visibleProperty().bind(shown);
        kinds.managedProperty().bind(shown);
    }

    /** Adds a line for a layer drawn over the coverage (e.g. project holders), after the organisations. */
    void addRow(javafx.scene.Node row) {
        box.getChildren().add(box.getChildren().indexOf(kinds) + 1, row);
    }

    /** Lists the kinds of the organisations on the map (by {@code OrganisationKind} name). */
    void showKinds(Set<String> shown) {
        kinds.getChildren().clear();
        Label heading = new Label(i18n.t("territory.map.legend.organisations") + "\u202f:");
        heading.getStyleClass().add("map-legend-title");
        kinds.getChildren().add(heading);
        for (OrganisationKind kind : OrganisationKind.values()) {
            if (shown.contains(kind.name())) {
                Circle dot = new Circle(5);
                dot.getStyleClass().addAll("org-marker", MarkerLayer.kindClass(kind.name()));
                HBox item = new HBox(5, dot, new Label(i18n.label(kind)));
                item.setAlignment(Pos.CENTER_LEFT);
                kinds.getChildren().add(item);
            }
        }
    }

    VBox node() {
        return box;
    }

    /** The fill of a coverage class, as CSS styled it (grey until styled). */
    Color colour(int coverageClass) {
        return fill(swatches[Math.max(0, Math.min(CLASSES - 1, coverageClass))]);
    }

    Color outlineColour() {
        return fill(outline);
    }

    Color selectionColour() {
        return fill(selection);
    }

    Color landColour() {
        return fill(land);
    }

    Color borderColour() {
        return fill(border);
    }

    private static Color fill(Region region) {
        Background background = region.getBackground();
        if (background == null || background.getFills().isEmpty()) {
            region.applyCss();
            background = region.getBackground();
        }
        if (background != null && !background.getFills().isEmpty()) {
            Paint paint = background.getFills().get(0).getFill();
            if (paint instanceof Color colour) {
                return colour;
            }
        }
        return Color.GRAY;
    }
}
