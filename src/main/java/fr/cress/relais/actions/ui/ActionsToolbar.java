package fr.cress.relais.actions.ui;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import fr.cress.relais.actions.Programme;
import fr.cress.relais.actions.ui.editor.Labels;
import fr.cress.relais.common.i18n.I18n;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The bar above the tree: the programme shown, « Nouveau programme… », the filter (Ctrl+F, Échap clears it),
 * the count « N sur M actions », « Nouvelle action » (Ctrl+N); and, when a dashboard chart led here, what
 * the list is limited to, with « Tout afficher » (that banner is made the first time a chart leads here).
 */
final class ActionsToolbar {

    final ComboBox<Programme> programme = new ComboBox<>();
    final CustomTextField filter = new CustomTextField();
    final Label count = new Label();
    final Button newProgramme;
    final Button newAction;
    /** What a dashboard chart limited the list to, with « Tout afficher »: made when first needed. */
    private Label navLabel;
    private HBox navBanner;
    private final VBox root;

    ActionsToolbar(I18n i18n, ActionsViewModel model) {
        programme.setId("actions-programme");
        programme.setItems(model.programmes);
        programme.setConverter(Labels.programme(i18n));
        programme.setPrefWidth(280);
        programme.setMinWidth(160);
        newProgramme = new Button(i18n.t("actions.toolbar.newProgramme"));
        newProgramme.setId("actions-new-programme");
        filter.setId("actions-filter");
        filter.setPromptText(i18n.t("actions.toolbar.filter"));
        filter.setLeft(new FontIcon(Material2OutlinedMZ.SEARCH));
        filter.setPrefColumnCount(16);
        filter.textProperty().bindBidirectional(model.filter);
        filter.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                filter.clear();
            }
        });
        count.setId("actions-count");
        count.getStyleClass().add("text-muted");
        newAction = new Button(i18n.t("actions.toolbar.newAction"), new FontIcon(Material2OutlinedAL.ADD));
        newAction.setId("actions-new");
        newAction.getStyleClass().add(Styles.ACCENT);
        for (javafx.scene.control.Control c : new javafx.scene.control.Control[]{newProgramme, count, newAction}) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, programme, newProgramme, spacer, filter, count, newAction);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("actions-toolbar");

        model.navFilter.addListener((o, a, f) -> showNavFilter(i18n, model, f));
        root = new VBox(bar);
    }

    Node node() {
        return root;
    }

    private void showNavFilter(I18n i18n, ActionsViewModel model, ActionFilter f) {
        if (f == null && navBanner == null) {
            return;
        }
        if (navBanner == null) {
            navBanner = navBanner(i18n, model);
            root.getChildren().add(navBanner);
        }
        navLabel.setText(f == null ? "" : i18n.t("actions.toolbar.navFilter", f.label()));
        navBanner.setVisible(f != null);
        navBanner.setManaged(f != null);
    }

    private HBox navBanner(I18n i18n, ActionsViewModel model) {
        Button showAll = new Button(i18n.t("actions.toolbar.showAll"));
        showAll.setId("actions-show-all");
        showAll.getStyleClass().add(Styles.SMALL);
        showAll.setOnAction(e -> model.navFilter.set(null));
        navLabel = new Label();
        navLabel.setId("actions-nav-filter");
        HBox banner = new HBox(8, new FontIcon(Material2OutlinedAL.FILTER_ALT), navLabel, showAll);
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.getStyleClass().add("nav-filter-banner");
        return banner;
    }
}
