package fr.cress.relais.partners.ui;

import fr.cress.relais.common.concurrent.Progress;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.control.ProgressBar;
import javafx.util.Duration;

/**
 * Shows the progress of background work in a dialog's own progress bar: built on the JavaFX thread, it
 * wraps the job's progress (reported from the worker thread) and a timeline reads it a few times a second.
 */
final class ProgressTracker {

    private final Timeline timeline;
    private volatile double fraction = ProgressBar.INDETERMINATE_PROGRESS;

    ProgressTracker(ProgressBar bar) {
        this.timeline = new Timeline(new KeyFrame(Duration.millis(150), e -> bar.setProgress(fraction)));
        timeline.setCycleCount(Timeline.INDEFINITE);
        bar.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
        timeline.play();
    }

    /** The job's progress, also recorded for the bar. */
    Progress wrap(Progress inner) {
        return new Progress() {
            @Override
            public void update(long done, long total) {
                fraction = total > 0 ? Math.min(1.0, (double) done / total) : ProgressBar.INDETERMINATE_PROGRESS;
                inner.update(done, total);
            }

            @Override
            public void message(String text) {
                inner.message(text);
            }

            @Override
            public boolean isCancelled() {
                return inner.isCancelled();
            }
        };
    }

    void stop() {
        timeline.stop();
    }
}
