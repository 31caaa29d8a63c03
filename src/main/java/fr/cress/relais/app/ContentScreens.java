package fr.cress.relais.app;

import fr.cress.relais.common.i18n.I18n;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/**
 * What the content area shows while there is no section: nothing, a busy screen (at once or after a delay), the
 * store's error with « Réessayer » and « Quitter », the welcome or recovery screens.
 */
final class ContentScreens {

    private final I18n i18n;
    private final StackPane content = new StackPane();
    /** Shows the busy screen after a delay (see {@link #busyAfter}). */
    private final PauseTransition busyDelay = new PauseTransition();
    private Runnable onBusy = () -> { };

    ContentScreens(I18n i18n) {
        this.i18n = i18n;
        content.getStyleClass().add("section-content");
    }

    StackPane node() {
        return content;
    }

    /** Called each time the busy screen appears (the window completes itself then, if not done yet). */
    void onBusy(Runnable action) {
        this.onBusy = action;
    }

    /** The content area empty until {@code delay} has passed, then the busy screen; at once if no delay. */
    void busyAfter(Duration delay, String text) {
        busyDelay.stop();
        if (delay.lessThanOrEqualTo(Duration.ZERO)) {
            busy(text);
            return;
        }
        content.getChildren().clear();
        busyDelay.setDuration(delay);
        busyDelay.setOnFinished(e -> busy(text));
        busyDelay.playFromStart();
    }

    /** The delayed busy screen is not wanted any more: what was waited for arrived. */
    void stopWaiting() {
        busyDelay.stop();
    }

    void busy(String text) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(48, 48);
        VBox box = new VBox(12, spinner, new Label(text));
        box.setAlignment(Pos.CENTER);
        show(box);
        onBusy.run();
    }

    /** The store could not be opened: what happened and what to do, with « Réessayer » and « Quitter ». */
    Label storeError(String text, Runnable retry, Runnable quit) {
        Label message = new Label(text);
        message.setWrapText(true);
        message.setMaxWidth(560);
        message.getStyleClass().add("store-error");
        message.setId("store-error-message");
        Button again = new Button(i18n.t("app.store.retry"));
        again.setDefaultButton(true);
        again.setOnAction(e -> retry.run());
        Button leave = new Button(i18n.t("app.menu.quit"));
        leave.setOnAction(e -> quit.run());
        FontIcon icon = new FontIcon(Material2OutlinedAL.ERROR_OUTLINE);
        icon.getStyleClass().add("empty-state-icon");
        HBox buttons = new HBox(8, again, leave);
        buttons.setAlignment(Pos.CENTER);
        VBox box = new VBox(16, icon, message, buttons);
        box.setAlignment(Pos.CENTER);
        box.setId("store-error");
        show(box);
        return message;
    }

    void show(Node screen) {
        content.getChildren().setAll(screen);
    }
}
