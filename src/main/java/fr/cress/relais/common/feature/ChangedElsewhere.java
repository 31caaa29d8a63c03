package fr.cress.relais.common.feature;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Changes another Relais (another person on the same store) wrote since the last look: the topics to refresh
 * (« partners », « meetings »...) and who last changed each record ({@code table:id}).
 */
public record ChangedElsewhere(Set<String> topics, Map<String, String> lastChangedBy) {

    public ChangedElsewhere {
        topics = Set.copyOf(topics);
        lastChangedBy = Map.copyOf(lastChangedBy);
    }

    /** Who last changed this record, when it is among these changes. */
    public Optional<String> who(String table, long id) {
        return Optional.ofNullable(lastChangedBy.get(table + ":" + id));
    }

    public boolean concerns(String topic) {
        return topics.contains(topic);
    }

    /** These changes and the later {@code next} ones: every topic, the last author of each record. */
    public ChangedElsewhere and(ChangedElsewhere next) {
        Set<String> both = new java.util.HashSet<>(topics);
        both.addAll(next.topics);
        Map<String, String> who = new java.util.HashMap<>(lastChangedBy);
        who.putAll(next.lastChangedBy);
        return new ChangedElsewhere(both, who);
    }
}
