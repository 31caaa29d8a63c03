package fr.cress.relais.app;

import fr.cress.relais.common.concurrent.FxTaskRunner;
import fr.cress.relais.common.i18n.I18n;
import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import javafx.util.Duration;
import org.kordamp.ikonli.material2.Material2AL;

/** The status bar: where the store is, a message, and the running background job with its cancel button. */
final class StatusBarView {

    private final HBox bar = new HBox(12);
    private final Label store = new Label();
    private final Label message = new Label();
    private final Label taskTitle = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Button cancel = new Button();
    private final FxTaskRunner tasks;
    /** How long a task runs before the bar shows it. */
    static final Duration SHOW_AFTER = Duration.millis(300);
    private final PauseTransition taskShown = new PauseTransition(SHOW_AFTER);

    StatusBarView(I18n i18n, FxTaskRunner tasks) {
        this.tasks = tasks;
        bar.getStyleClass().add("status-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        store.getStyleClass().add("status-store");
        message.setId("status-message");
        progress.setPrefWidth(160);
        progress.setId("status-progress");
        cancel.setGraphic(new FontIcon(Material2AL.CLOSE));
        cancel.getStyleClass().addAll("button-icon", "flat");
        cancel.setAccessibleText(i18n.t("common.action.cancel"));
        cancel.setTooltip(new javafx.scene.control.Tooltip(i18n.t("common.action.cancel")));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        bar.getChildren().addAll(store, message, spacer, taskTitle, progress, cancel);
        taskShown.setOnFinished(e -> update());
        tasks.running().addListener((ListChangeListener<FxTaskRunner.RunningTask>) c -> changed());
        update();
    }

    /**
     * A task appears once it has run for {@link #SHOW_AFTER}: the many that end sooner (the store opened at
     * start, a list read again) do not make the bar flicker. One already shown is followed at once.
     */
    private void changed() {
        if (tasks.running().isEmpty() || progress.isVisible()) {
            taskShown.stop();
            update();
        } else if (taskShown.getStatus() != Animation.Status.RUNNING) {
            taskShown.playFromStart();
        }
    }

    private void update() {
        boolean busy = !tasks.running().isEmpty();
        taskTitle.setVisible(busy);
        progress.setVisible(busy);
        cancel.setVisible(false);
        progress.progressProperty().unbind();
        taskTitle.textProperty().unbind();
        if (busy) {
            FxTaskRunner.RunningTask current = tasks.running().get(tasks.running().size() - 1);
            progress.progressProperty().bind(current.task().progressProperty());
            taskTitle.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                    () -> current.task().getMessage() == null || current.task().getMessage().isBlank()
                            ? current.title() : current.task().getMessage(),
                    current.task().messageProperty()));
            cancel.setVisible(current.cancellable());
            cancel.setOnAction(e -> current.task().cancel());
        }
    }

    void setStore(String text) {
        store.setText(text);
    }

    void setMessage(String text) {
        message.setText(text);
    }

    Node node() {
        return bar;
    }
}
