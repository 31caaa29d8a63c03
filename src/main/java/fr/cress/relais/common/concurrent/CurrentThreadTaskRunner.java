package fr.cress.relais.common.concurrent;

import java.util.function.Consumer;

/** Runs each job at once on the calling thread: for tests and the command line. */
public final class CurrentThreadTaskRunner implements TaskRunner {

    private final Consumer<Throwable> unhandled;

    public CurrentThreadTaskRunner() {
        this(error -> {
            throw error instanceof RuntimeException re ? re : new IllegalStateException(error);
        });
    }

    public CurrentThreadTaskRunner(Consumer<Throwable> unhandled) {
        this.unhandled = unhandled;
    }

    @Override
    public <T> Cancellable start(Job<T> job) {
        T result;
        try {
            result = job.work().run(Progress.NONE);
        } catch (CancelledException e) {
            job.cancelled();
            return () -> { };
        } catch (Exception | Error e) {
            if (!job.failed(e)) {
                unhandled.accept(e);
            }
            return () -> { };
        }
        job.succeeded(result);
        return () -> { };
    }
}
