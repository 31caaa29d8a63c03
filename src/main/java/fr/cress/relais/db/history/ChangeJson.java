package fr.cress.relais.db.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The changed columns of one write as JSON text, {@code {"column": [old, new]}}, written the same way by the
 * H2 trigger and by the PostgreSQL function: numbers and booleans as JSON values, everything else as text
 * (dates in ISO form). Bookkeeping columns are left out.
 */
public final class ChangeJson {

    /** Columns every table has, which say nothing a user changed. */
    public static final Set<String> BOOKKEEPING = Set.of("id", "created_at", "updated_at", "version");

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ChangeJson() {
    }

    /** The columns whose value differs between {@code before} and {@code after} (null for an insert or a delete). */
    public static ObjectNode diff(String[] columns, Object[] before, Object[] after) {
        ObjectNode changes = NODES.objectNode();
        for (int i = 0; i < columns.length; i++) {
            if (BOOKKEEPING.contains(columns[i])) {
                continue;
            }
            JsonNode old = before == null ? NODES.nullNode() : value(before[i]);
            JsonNode now = after == null ? NODES.nullNode() : value(after[i]);
            if (!Objects.equals(old, now)) {
                ArrayNode pair = changes.putArray(columns[i]);
                pair.add(old);
                pair.add(now);
            }
        }
        return changes;
    }

    static JsonNode value(Object v) {
        if (v == null) {
            return NODES.nullNode();
        } else if (v instanceof Boolean b) {
            return NODES.booleanNode(b);
        } else if (v instanceof Integer || v instanceof Long || v instanceof Short) {
            return NODES.numberNode(((Number) v).longValue());
        } else if (v instanceof BigDecimal d) {
            return NODES.numberNode(d);
        } else if (v instanceof Number n) {
            return NODES.numberNode(n.doubleValue());
        } else if (v instanceof Timestamp t) {
            return NODES.textNode(t.toLocalDateTime().toString());
        } else if (v instanceof Date d) {
            return NODES.textNode(d.toLocalDate().toString());
        } else if (v instanceof Time t) {
            return NODES.textNode(t.toLocalTime().toString());
        } else if (v instanceof byte[]) {
            return NODES.textNode("…");
        }
        return NODES.textNode(v.toString());
    }

    public static String write(ObjectNode changes) {
        try {
            return MAPPER.writeValueAsString(changes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads {@code {"column": [old, new]}} back, in the stored order; unreadable text gives no changes. */
    public static Map<String, FieldChange> read(String json) {
        Map<String, FieldChange> result = new LinkedHashMap<>();
        if (json == null || json.isBlank()) {
            return result;
        }
        try {
            JsonNode root = MAPPER.readTree(json);
            for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                result.put(e.getKey(), new FieldChange(e.getKey(), text(e.getValue().get(0)), text(e.getValue().get(1))));
            }
        } catch (JsonProcessingException | RuntimeException e) {
            return result;
        }
        return result;
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }
}
