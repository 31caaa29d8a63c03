package fr.cress.relais.app;

import javafx.scene.image.Image;

import java.net.URL;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** The application icon in the sizes window managers pick from (title bar, task bar, window switcher). */
final class WindowIcons {

    static final List<Integer> SIZES = List.of(16, 32, 48, 256);

    private WindowIcons() {
    }

    /** The icons decoded on a thread of their own, so that the window does not wait for them. */
    static CompletableFuture<List<Image>> loadInBackground() {
        CompletableFuture<List<Image>> icons = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                icons.complete(load());
            } catch (RuntimeException e) {
                icons.completeExceptionally(e);
            }
        }, "relais-window-icons");
        thread.setDaemon(true);
        thread.start();
        return icons;
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
