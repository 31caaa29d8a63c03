package fr.cress.relais.common.feature;

import org.jooq.DSLContext;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Shared by the features while they load the example programme, inside one transaction.
 * A feature records the ids it creates under a readable name ("org", "URSCOP") so that later features
 * can link to them without knowing the other feature's tables.
 */
public final class DemoContext {

    private final DSLContext dsl;
    private final Clock clock;
    private final Map<String, Long> ids = new HashMap<>();

    public DemoContext(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** The transaction's DSL context: build repositories on it. */
    public DSLContext dsl() {
        return dsl;
    }

    public Clock clock() {
        return clock;
    }

    public void remember(String kind, String name, long id) {
        ids.put(kind + ":" + name, id);
    }

    public long id(String kind, String name) {
        Long id = ids.get(kind + ":" + name);
        if (id == null) {
            throw new NoSuchElementException("No example " + kind + " named " + name);
        }
        return id;
    }

    public boolean has(String kind, String name) {
        return ids.containsKey(kind + ":" + name);
    }

    /** Every remembered name of a kind, e.g. all example organisations. */
    public Map<String, Long> all(String kind) {
        Map<String, Long> result = new HashMap<>();
        ids.forEach((k, v) -> {
            if (k.startsWith(kind + ":")) {
                result.put(k.substring(kind.length() + 1), v);
            }
        });
        return result;
    }
}
