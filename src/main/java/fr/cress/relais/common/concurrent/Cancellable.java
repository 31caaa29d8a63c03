package fr.cress.relais.common.concurrent;

@FunctionalInterface
public interface Cancellable {
    void cancel();
}
