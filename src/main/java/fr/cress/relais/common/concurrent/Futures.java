package fr.cress.relais.common.concurrent;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Waiting for a result computed on another thread, its failure rethrown as it was thrown there. */
public final class Futures {

    private Futures() {
    }

    /** The result of {@code future} (blocks: never on the JavaFX thread); its own exception or error if it failed. */
    public static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
