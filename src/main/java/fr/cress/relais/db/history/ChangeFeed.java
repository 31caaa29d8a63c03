package fr.cress.relais.db.history;

import org.jooq.DSLContext;

import java.util.List;

/**
 * What others wrote since the last look: asks the store for the last history id (cheap) and, only when it
 * moved, for the new rows. One per window; not thread-safe (one poller calls it).
 */
public final class ChangeFeed {

    private static final int MAX_ROWS = 2000;
    private final ChangeHistoryRepository history;
    private long seen;

    /** Starts after what the store holds now: only later changes are news. */
    public ChangeFeed(DSLContext dsl) {
        this.history = new ChangeHistoryRepository(dsl);
        this.seen = history.lastId();
    }

    /** The changes written since the previous call (empty when nothing moved). */
    public List<HistoryEntry> poll() {
        long last = history.lastId();
        if (last <= seen) {
            return List.of();
        }
        List<HistoryEntry> news = history.since(seen, MAX_ROWS);
        seen = news.size() < MAX_ROWS ? last : news.get(news.size() - 1).id();
        return news;
    }
}
