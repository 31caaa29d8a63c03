package fr.cress.relais.common.concurrent;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * A job being set up: {@code runner.job(title, work).onSuccess(...).onFailure(...).start()}.
 * Callbacks run on the JavaFX thread with the FX runner, on the caller's thread with the current-thread one.
 */
public final class Job<T> {

    private final String title;
    private final Work<T> work;
    private final TaskRunner runner;
    private Consumer<? super T> onSuccess = r -> { };
    private Consumer<Throwable> onFailure;
    private Runnable onCancelled = () -> { };
    private boolean cancellable;

    Job(TaskRunner runner, String title, Work<T> work) {
        this.runner = runner;
        this.title = title;
        this.work = Objects.requireNonNull(work);
    }

    public Job<T> onSuccess(Consumer<? super T> callback) {
        this.onSuccess = Objects.requireNonNull(callback);
        return this;
    }

    public Job<T> onFailure(Consumer<Throwable> callback) {
        this.onFailure = Objects.requireNonNull(callback);
        return this;
    }

    public Job<T> onCancelled(Runnable callback) {
        this.onCancelled = Objects.requireNonNull(callback);
        return this;
    }

    /** Shows a cancel button for this job in the status bar. */
    public Job<T> cancellable() {
        this.cancellable = true;
        return this;
    }

    public Cancellable start() {
        return runner.start(this);
    }

    public String title() {
        return title;
    }

    public Work<T> work() {
        return work;
    }

    public boolean isCancellable() {
        return cancellable;
    }

    public void succeeded(T result) {
        onSuccess.accept(result);
    }

    public void cancelled() {
        onCancelled.run();
    }

    /** Returns false when no failure callback was given: the runner then reports the error itself. */
    public boolean failed(Throwable error) {
        if (onFailure == null) {
            return false;
        }
        onFailure.accept(error);
        return true;
    }
}
