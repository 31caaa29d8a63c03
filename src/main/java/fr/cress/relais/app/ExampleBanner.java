package fr.cress.relais.app;

import fr.cress.relais.common.i18n.I18n;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/**
 * The band under the menus saying the store holds the example programme. Hidden and out of the layout unless
 * shown; its icon and text are set the first time it is shown, so that a window without it styles nothing more.
 */
final class ExampleBanner {

    private final Label banner = new Label();
    private final I18n i18n;

    ExampleBanner(I18n i18n) {
        this.i18n = i18n;
        banner.getStyleClass().add("example-banner");
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.setVisible(false);
        banner.setManaged(false);
    }

    void show(boolean example) {
        if (example && banner.getGraphic() == null) {
            banner.setGraphic(new FontIcon(Material2OutlinedAL.INFO));
            banner.setText(i18n.t("app.example.banner"));
        }
        banner.setVisible(example);
        banner.setManaged(example);
    }

    Node node() {
        return banner;
    }
}
