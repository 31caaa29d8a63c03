package fr.cress.relais.app;

import fr.cress.relais.common.feature.SectionId;
import fr.cress.relais.common.i18n.I18n;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.BiConsumer;

/** The navigation column on the left: one button per main section. */
final class Navigation {

    private final VBox box = new VBox();
    private final ToggleGroup group = new ToggleGroup();
    private final Map<SectionId, ToggleButton> buttons = new EnumMap<>(SectionId.class);
    private final I18n i18n;

    Navigation(I18n i18n, BiConsumer<SectionId, Object> show) {
        this.i18n = i18n;
        box.getStyleClass().add("navigation");
        for (SectionId id : SectionId.values()) {
            ToggleButton button = new ToggleButton(i18n.label(id), new FontIcon(icon(id)));
            button.setId("nav-" + id.slug());
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
            button.getStyleClass().add("nav-button");
            button.setOnAction(e -> {
                // A toggle group lets a second click unselect; navigation keeps one section selected.
                button.setSelected(true);
                show.accept(id, null);
            });
            buttons.put(id, button);
            box.getChildren().add(button);
        }
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        box.getChildren().add(spacer);
    }

    /** The tooltips (label and shortcut), added once the window is usable: they only show when the pointer rests. */
    void addTooltips() {
        buttons.forEach((id, button) -> {
            if (button.getTooltip() == null) {
                button.setTooltip(new Tooltip(i18n.label(id) + " (Ctrl+" + (id.ordinal() + 1) + ")"));
            }
        });
    }

    static Ikon icon(SectionId id) {
        return switch (id) {
            case DASHBOARD -> Material2OutlinedAL.DASHBOARD;
            case PARTNERS -> Material2OutlinedAL.GROUPS;
            case MEETINGS -> Material2OutlinedAL.EVENT;
            case ACTIONS -> Material2OutlinedAL.ASSIGNMENT;
            case MAP -> Material2OutlinedMZ.MAP;
            case HOLDERS -> Material2OutlinedAL.LIGHTBULB;
            case EXPORTS -> Material2OutlinedAL.CLOUD_DOWNLOAD;
        };
    }

    Node node() {
        return box;
    }

    void select(SectionId id) {
        ToggleButton button = buttons.get(id);
        if (button != null) {
            button.setSelected(true);
        }
    }

    void setDisable(boolean disable) {
        box.setDisable(disable);
    }

    boolean isDisabled() {
        return box.isDisabled();
    }
}
