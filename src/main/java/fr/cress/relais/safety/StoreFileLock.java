package fr.cress.relais.safety;

import fr.cress.relais.db.StoreUnavailableException;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Holds the same operating-system lock H2 takes on {@code relais.mv.db}, so that no Relais (window or command)
 * can open the store while it is archived and replaced. Reads and writes go through the locked channel, which
 * also works where locks are mandatory (Windows).
 */
final class StoreFileLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private StoreFileLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Locks the store file (created empty if missing); refuses when another Relais holds it. */
    static StoreFileLock acquire(Path mvDb) throws IOException {
        FileChannel channel = FileChannel.open(mvDb, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held by this very process: the store is still open here
        }
        if (lock == null) {
            channel.close();
            throw new StoreUnavailableException(null, "common.store.locked", mvDb);
        }
        return new StoreFileLock(channel, lock);
    }

    boolean isEmpty() throws IOException {
        return channel.size() == 0;
    }

    /** The current content, read through the lock (closing the stream keeps the lock). */
    InputStream content() throws IOException {
        channel.position(0);
        return new FilterInputStream(Channels.newInputStream(channel)) {
            @Override
            public void close() {
                // the channel belongs to the lock
            }
        };
    }

    /** Replaces the whole content by {@code source}'s, then forces it to the disk. */
    void replaceWith(Path source) throws IOException {
        try (FileChannel in = FileChannel.open(source, StandardOpenOption.READ)) {
            channel.truncate(0);
            long size = in.size();
            long done = 0;
            while (done < size) {
                done += channel.transferFrom(in, done, size - done);
            }
            channel.force(true);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
