package fr.cress.relais.app;

import fr.cress.relais.common.concurrent.FxTaskRunner;
import fr.cress.relais.common.i18n.I18n;
import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The status bar: where the store is, a message, and the running background job with its cancel button. The
 * job's part (title, progress bar, cancel button) is made when a job is first shown: the first frame of the
 * window has only the two labels to style.
 */
final class StatusBarView {

    private final HBox bar = new HBox(12);
    private final Label store = new Label();
    private final Label message = new Label();
    private final I18n i18n;
    private final FxTaskRunner tasks;
    /** How long a task runs before the bar shows it. */
    static final Duration SHOW_AFTER = Duration.millis(300);
    private final PauseTransition taskShown = new PauseTransition(SHOW_AFTER);
    private Label taskTitle;
    private ProgressBar progress;
    private Button cancel;

    StatusBarView(I18n i18n, FxTaskRunner tasks) {
        this.i18n = i18n;
        this.tasks = tasks;
        bar.getStyleClass().add("status-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        store.getStyleClass().add("status-store");
        message.setId("status-message");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        bar.getChildren().addAll(store, message, spacer);
        taskShown.setOnFinished(e -> update());
        tasks.running().addListener((ListChangeListener<FxTaskRunner.RunningTask>) c -> changed());
    }

    /**
     * A task appears once it has run for {@link #SHOW_AFTER}: the many that end sooner (the store opened at
     * start, a list read again) do not make the bar flicker. One already shown is followed at once.
     */
    private void changed() {
        if (tasks.running().isEmpty() || (progress != null && progress.isVisible())) {
            taskShown.stop();
            update();
        } else if (taskShown.getStatus() != Animation.Status.RUNNING) {
            taskShown.playFromStart();
        }
    }

    private void update() {
        boolean busy = !tasks.running().isEmpty();
        if (progress == null && !busy) {
            return;
        }
        buildTaskPart();
        progress.progressProperty().unbind();
        taskTitle.textProperty().unbind();
        cancel.setVisible(false);
        if (busy) {
            FxTaskRunner.RunningTask current = tasks.running().get(tasks.running().size() - 1);
            progress.progressProperty().bind(current.task().progressProperty());
            taskTitle.textProperty().bind(Bindings.createStringBinding(
                    () -> current.task().getMessage() == null || current.task().getMessage().isBlank()
                            ? current.title() : current.task().getMessage(),
                    current.task().messageProperty()));
            cancel.setVisible(current.cancellable());
            cancel.setOnAction(e -> current.task().cancel());
        }
        taskTitle.setVisible(busy); // last: the bar shows the task once its title and progress are set
        progress.setVisible(busy);
    }

    private void buildTaskPart() {
        if (progress != null) {
            return;
        }
        taskTitle = new Label();
        progress = new ProgressBar();
        progress.setPrefWidth(160);
        progress.setId("status-progress");
        cancel = new Button();
        cancel.setGraphic(new FontIcon(Material2AL.CLOSE));
        cancel.getStyleClass().addAll("button-icon", "flat");
        cancel.setAccessibleText(i18n.t("common.action.cancel"));
        cancel.setTooltip(new Tooltip(i18n.t("common.action.cancel")));
        taskTitle.setVisible(false);
        progress.setVisible(false);
        cancel.setVisible(false);
        bar.getChildren().addAll(taskTitle, progress, cancel);
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
