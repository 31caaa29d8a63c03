package fr.cress.relais.app;

import fr.cress.relais.common.feature.ChangedElsewhere;
import fr.cress.relais.common.feature.DataEvents;
import fr.cress.relais.db.Store;
import fr.cress.relais.db.history.ChangeFeed;
import fr.cress.relais.db.history.HistoryEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Looks every few seconds, on a background thread, whether someone else wrote to the store (one cheap query
 * on the history); when so, tells the window's views on the JavaFX thread which topics to refresh. What this
 * window wrote itself is not told again (its views refreshed when it wrote).
 * Stops when the window closes.
 */
final class ChangeWatcher implements AutoCloseable {

    static final Duration EVERY = Duration.ofSeconds(5);
    private static final Logger LOG = LoggerFactory.getLogger(ChangeWatcher.class);
    /** Which section shows which table: the topic its views listen to. */
    private static final Map<String, String> TOPICS = topics();

    private final ChangeFeed feed;
    private final DataEvents events;
    private final Executor fx;
    private ScheduledExecutorService timer;

    ChangeWatcher(ChangeFeed feed, DataEvents events, Executor fx) {
        this.feed = feed;
        this.events = events;
        this.fx = fx;
    }

    /** The feed of what others write to {@code store} from now on: this window's own writes are left out. */
    static ChangeFeed feed(Store store) {
        return new ChangeFeed(store.dsl(), store.ownWrites());
    }

    void start() {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "relais-changes");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::pollQuietly, EVERY.toMillis(), EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void pollQuietly() {
        try {
            poll();
        } catch (RuntimeException e) {
            LOG.debug("Looking for changes made elsewhere failed: {}", e.toString());
        }
    }

    /** One look (off the JavaFX thread): what changed is handed to the views through {@code fx}. */
    void poll() {
        List<HistoryEntry> news = feed.poll();
        if (!news.isEmpty()) {
            ChangedElsewhere changes = summary(news);
            fx.execute(() -> events.changedElsewhere(changes));
        }
    }

    static ChangedElsewhere summary(List<HistoryEntry> news) {
        Set<String> topics = new HashSet<>();
        Map<String, String> who = new HashMap<>();
        for (HistoryEntry e : news) {
            topics.add(TOPICS.getOrDefault(e.table(), e.table()));
            if (e.recordId() != null) {
                who.put(e.table() + ":" + e.recordId(), e.changedBy());
            }
        }
        return new ChangedElsewhere(topics, who);
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }

    private static Map<String, String> topics() {
        Map<String, String> m = new HashMap<>();
        List.of("organisation", "contact", "organisation_contact", "work_group", "membership",
                "membership_representative").forEach(t -> m.put(t, "partners"));
        List.of("programme", "programme_axis", "objective", "joint_action", "action_partner", "action_contact",
                "action_file", "indicator", "budget_line").forEach(t -> m.put(t, "actions"));
        List.of("meeting", "meeting_action", "agenda_item", "meeting_invitee", "decision", "action_item")
                .forEach(t -> m.put(t, "meetings"));
        List.of("territory_zone", "zone_member", "offer", "offer_territory").forEach(t -> m.put(t, "territory"));
        List.of("holder", "holder_need", "referral").forEach(t -> m.put(t, "holders"));
        return Map.copyOf(m);
    }
}
