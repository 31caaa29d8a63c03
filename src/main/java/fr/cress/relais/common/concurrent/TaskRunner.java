package fr.cress.relais.common.concurrent;

/**
 * Runs work away from the JavaFX thread. One instance is built at the composition root; tests use
 * {@link CurrentThreadTaskRunner} so that view models need no FX thread.
 */
public interface TaskRunner {

    default <T> Job<T> job(String title, Work<T> work) {
        return new Job<>(this, title, work);
    }

    <T> Cancellable start(Job<T> job);
}
