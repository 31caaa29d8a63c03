package fr.cress.relais.common.concurrent;

import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs jobs on a small pool of named daemon threads and hops back to the JavaFX thread through
 * {@link Task} callbacks: the only place where background results reach the UI.
 * Running tasks are listed for the status bar (progress and cancel).
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FxTaskRunner.class);

    private final ExecutorService executor;
    private volatile boolean closed;
    private final ObservableList<RunningTask> running = FXCollections.observableArrayList();
    private final Consumer<Throwable> unhandled;

    public FxTaskRunner(Consumer<Throwable> unhandled) {
        this("relais-worker", 3, unhandled);
    }

    /**
     * A runner with its own threads, e.g. one thread drawing the map off the JavaFX thread; its jobs are not in
     * the status bar's list unless someone shows {@link #running()}.
     */
    public FxTaskRunner(String threadName, int threads, Consumer<Throwable> unhandled) {
        this.unhandled = unhandled;
        AtomicInteger count = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, threadName + "-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Tasks now running, on the FX thread; the status bar shows them. */
    public ObservableList<RunningTask> running() {
        return running;
    }

    @Override
    public <T> Cancellable start(Job<T> job) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return job.work().run(new Progress() {
                    @Override
                    public void update(long done, long total) {
                        updateProgress(done, total <= 0 ? -1 : total);
                    }

                    @Override
                    public void message(String text) {
                        updateMessage(text);
                    }

                    @Override
                    public boolean isCancelled() {
                        return isCancelled0();
                    }
                });
            }

            private boolean isCancelled0() {
                return isCancelled();
            }
        };
        RunningTask entry = new RunningTask(job.title(), task, job.isCancellable());
        task.setOnSucceeded(e -> {
            running.remove(entry);
            if (!closed) {
                job.succeeded(task.getValue());
            }
        });
        task.setOnCancelled(e -> {
            running.remove(entry);
            if (!closed) {
                job.cancelled();
            }
        });
        task.setOnFailed(e -> {
            running.remove(entry);
            Throwable error = task.getException();
            if (closed) {
                LOG.debug("Background job stopped by the exit: {}", job.title(), error);
            } else if (error instanceof CancelledException) {
                job.cancelled();
            } else if (!job.failed(error)) {
                LOG.error("Background job failed: {}", job.title(), error);
                unhandled.accept(error);
            }
        });
        runOnFx(() -> running.add(entry));
        executor.execute(task);
        return () -> task.cancel(false);
    }

    private static void runOnFx(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    }

    /**
     * The window is closing: jobs still running finish on their own (they are not interrupted: an interrupted
     * thread would close the store's file under everyone), and what they report afterwards — typically a failure
     * because the store closed under them — is no longer shown to the user.
     */
    @Override
    public void close() {
        closed = true;
        executor.shutdown();
    }

    /** A job shown in the status bar. */
    public record RunningTask(String title, Task<?> task, boolean cancellable) {
    }
}
