package fr.cress.relais.partners.ui;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import fr.cress.relais.common.ui.EmptyState;

/** Empty states in the narrow detail panes: their texts keep the width they need instead of being cut. */
final class Placeholders {

    private Placeholders() {
    }

    static EmptyState fitted(EmptyState state) {
        state.getChildren().stream().filter(n -> n instanceof Label).map(n -> (Label) n).forEach(label -> {
            label.setMinWidth(Region.USE_PREF_SIZE);
            label.setMinHeight(Region.USE_PREF_SIZE);
        });
        return state;
    }
}
