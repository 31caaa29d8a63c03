package fr.cress.relais.actions.ui;

import fr.cress.relais.actions.Directory;
import fr.cress.relais.common.concurrent.Futures;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The whole directory (every organisation and contact, sorted the French way) that the action editor offers,
 * read once in the background and kept until {@link #invalidate()}. {@link #get()} is called off the JavaFX
 * thread only: the first caller reads the directory, the others wait for that same reading.
 */
final class DirectoryCache {

    private final Supplier<Directory> reader;
    private final AtomicReference<CompletableFuture<Directory>> current = new AtomicReference<>();

    DirectoryCache(Supplier<Directory> reader) {
        this.reader = reader;
    }

    /** The directory, read now if it is not yet (blocks: never on the JavaFX thread). */
    Directory get() {
        while (true) {
            CompletableFuture<Directory> known = current.get();
            if (known != null) {
                return Futures.join(known);
            }
            CompletableFuture<Directory> mine = new CompletableFuture<>();
            if (current.compareAndSet(null, mine)) {
                return read(mine);
            }
        }
    }

    /** The directory if it has been read already, else null (never blocks). */
    Directory now() {
        CompletableFuture<Directory> known = current.get();
        return known != null && known.isDone() && !known.isCompletedExceptionally() ? known.join() : null;
    }

    /** The next {@link #get()} reads the directory again (someone may have changed it). Never blocks. */
    void invalidate() {
        current.set(null);
    }

    private Directory read(CompletableFuture<Directory> mine) {
        try {
            Directory directory = reader.get();
            directory.organisationsInOrder();
            directory.contactsInOrder();
            mine.complete(directory);
            return directory;
        } catch (RuntimeException | Error e) {
            current.compareAndSet(mine, null);
            mine.completeExceptionally(e);
            throw e;
        }
    }
}
