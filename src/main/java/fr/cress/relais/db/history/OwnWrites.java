package fr.cress.relais.db.history;

import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteType;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What this store itself wrote, so that the history rows of its own writes are not told again as news from
 * elsewhere ({@link ChangeFeed}). A connection of the store that wrote asks, once given back (its transaction
 * committed or rolled back), for the last history id: every row its writes recorded is at most that id. A history
 * row is this store's own when it is at most the highest such id and bears the name this store writes under.
 *
 * <p>A row written by someone else under the same name before one of this store's writes ended is taken for one of
 * its own; a row written after it is news again.
 */
public final class OwnWrites implements ExecuteListener {

    private static final String LAST_ID = "SELECT MAX(id) FROM change_history";

    private final ActingUser user;
    private final AtomicLong fence = new AtomicLong();
    /** The thread's connection wrote since it was taken from the pool (a connection serves one thread at a time). */
    private final ThreadLocal<Boolean> wrote = new ThreadLocal<>();

    public OwnWrites(ActingUser user) {
        this.user = user;
    }

    /** A statement ended: a write makes the connection ask for the last history id when it is given back. */
    @Override
    public void executeEnd(ExecuteContext ctx) {
        if (ctx.sqlException() == null && (ctx.type() == ExecuteType.WRITE || ctx.type() == ExecuteType.BATCH)) {
            wrote.set(Boolean.TRUE);
        }
    }

    /** {@code connection} is about to go back to the pool: after a write, the history's last id is noted. */
    public void released(Connection connection) {
        if (wrote.get() == null) {
            return;
        }
        wrote.remove();
        try (Statement s = connection.createStatement(); ResultSet last = s.executeQuery(LAST_ID)) {
            if (last.next()) {
                noted(last.getLong(1));
            }
        } catch (SQLException e) {
            // the connection is going back anyway; the rows of this write will be told as changes made elsewhere
        }
    }

    /** Every history row this store wrote so far is at most {@code lastId}. */
    void noted(long lastId) {
        fence.accumulateAndGet(lastId, Math::max);
    }

    /** True when {@code entry} records a write of this store. */
    public boolean isOwn(HistoryEntry entry) {
        return entry.id() <= fence.get() && user.name().equals(entry.changedBy());
    }
}
