package fr.cress.relais.testing;

import fr.cress.relais.common.concurrent.Cancellable;
import fr.cress.relais.common.concurrent.CurrentThreadTaskRunner;
import fr.cress.relais.common.concurrent.Job;
import fr.cress.relais.common.concurrent.TaskRunner;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Holds every job until the test ends it, in the order the test chooses (on the calling thread): for readings
 * that end out of order.
 */
public final class HeldTasks implements TaskRunner {

    private final List<Job<?>> held = new ArrayList<>();
    private final TaskRunner now = new CurrentThreadTaskRunner();

    @Override
    public <T> Cancellable start(Job<T> job) {
        held.add(job);
        return () -> { };
    }

    /** The jobs started so far, in the order they were started. */
    public List<Job<?>> held() {
        return Collections.unmodifiableList(held);
    }

    /** Runs the job started {@code index}-th (from 0) and hands over its result or failure. */
    public void finish(int index) {
        now.start(held.get(index));
    }
}
