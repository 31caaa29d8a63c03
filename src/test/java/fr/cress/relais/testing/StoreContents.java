package fr.cress.relais.testing;

import org.jooq.DSLContext;
import org.jooq.Record;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.quotedName;
import static org.jooq.impl.DSL.table;

/** Every row of every table of a store, in primary-key order: two stores are identical when their contents are equal. */
public final class StoreContents {

    private StoreContents() {
    }

    public static Map<String, List<Map<String, Object>>> of(DSLContext dsl) {
        Map<String, List<Map<String, Object>>> contents = new LinkedHashMap<>();
        List<String> tables = dsl.select(field(quotedName("TABLE_NAME"), String.class))
                .from(table(quotedName("INFORMATION_SCHEMA", "TABLES")))
                .where(field(quotedName("TABLE_SCHEMA")).eq("PUBLIC")).and(field(quotedName("TABLE_TYPE")).eq("BASE TABLE"))
                .orderBy(field(quotedName("TABLE_NAME")))
                .fetch(0, String.class);
        for (String t : tables) {
            contents.put(t, dsl.selectFrom(table(quotedName("PUBLIC", t))).orderBy(field("1")).fetch().stream()
                    .map(Record::intoMap).toList());
        }
        return contents;
    }

    public static long rows(Map<String, List<Map<String, Object>>> contents) {
        return contents.values().stream().mapToLong(List::size).sum();
    }
}
