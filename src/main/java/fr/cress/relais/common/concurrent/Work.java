package fr.cress.relais.common.concurrent;

/** A piece of background work; it may report progress and must stop when cancelled. */
@FunctionalInterface
public interface Work<T> {
    T run(Progress progress) throws Exception;
}
