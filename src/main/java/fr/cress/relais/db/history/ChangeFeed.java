package fr.cress.relais.db.history;

import org.jooq.DSLContext;

import java.util.List;

/**
 * What others wrote since the last look: asks the store for the last history id (cheap) and, only when it
 * moved, for the new rows. One per window; not thread-safe (one poller calls it). Given the store's
 * {@link OwnWrites}, the rows of the window's own writes are left out: they are not news (the window refreshed what
 * it wrote when it wrote it).
 */
public final class ChangeFeed {

    private static final int MAX_ROWS = 2000;
    private final ChangeHistoryRepository history;
    private final OwnWrites own;
    private long seen;

    /** Starts after what the store holds now: only later changes are news, whoever wrote them. */
    public ChangeFeed(DSLContext dsl) {
        this(dsl, null);
    }

    /** As {@link #ChangeFeed(DSLContext)}, without the writes {@code own} (or null) knows as the store's own. */
    public ChangeFeed(DSLContext dsl, OwnWrites own) {
        this.history = new ChangeHistoryRepository(dsl);
        this.own = own;
        this.seen = history.lastId();
    }

    /** The changes written elsewhere since the previous call (empty when nothing moved). */
    public List<HistoryEntry> poll() {
        long last = history.lastId();
        if (last <= seen) {
            return List.of();
        }
        List<HistoryEntry> news = history.since(seen, MAX_ROWS);
        seen = news.size() < MAX_ROWS ? last : news.get(news.size() - 1).id();
        return own == null ? news : news.stream().filter(e -> !own.isOwn(e)).toList();
    }
}
