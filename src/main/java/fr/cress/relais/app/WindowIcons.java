package fr.cress.relais.app;

import javafx.scene.image.Image;

import java.net.URL;
import java.util.List;
import java.util.Objects;

/** The application icon in the sizes window managers pick from (title bar, task bar, window switcher). */
final class WindowIcons {

    static final List<Integer> SIZES = List.of(16, 32, 48, 256);

    private WindowIcons() {
    }

    static List<Image> load() {
        return SIZES.stream()
                .map(size -> WindowIcons.class.getResource("/fr/cress/relais/app/icon-" + size + ".png"))
                .filter(Objects::nonNull)
                .map(URL::toExternalForm)
                .map(Image::new)
                .toList();
    }
}
