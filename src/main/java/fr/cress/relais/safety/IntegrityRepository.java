package fr.cress.relais.safety;

import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Record5;
import org.jooq.Result;
import org.jooq.Table;
import org.jooq.impl.DSL;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.quotedName;
import static org.jooq.impl.DSL.table;

/**
 * What the integrity check reads, whatever the schema version: the tables and foreign keys the store
 * declares (INFORMATION_SCHEMA), every row of every table, and the rows whose reference points nowhere.
 */
final class IntegrityRepository {

    private static final String SCHEMA = "PUBLIC";
    private final DSLContext dsl;

    IntegrityRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<String> tables() {
        return dsl.select(field(quotedName("TABLE_NAME"), String.class))
                .from(table(quotedName("INFORMATION_SCHEMA", "TABLES")))
                .where(field(quotedName("TABLE_SCHEMA")).eq(SCHEMA))
                .and(field(quotedName("TABLE_TYPE")).eq("BASE TABLE"))
                .orderBy(field(quotedName("TABLE_NAME")))
                .fetch(0, String.class);
    }

    /** Reads every row of {@code tableName} (not just an index count): a damaged page shows up here. */
    long readAllRows(String tableName) {
        long rows = 0;
        try (Cursor<Record> cursor = dsl.selectFrom(table(quotedName(SCHEMA, tableName))).fetchSize(500).fetchLazy()) {
            while (cursor.hasNext()) {
                cursor.fetchNext();
                rows++;
            }
        }
        return rows;
    }

    /** The foreign keys of the store, each with its column pairs (child column, parent column). */
    List<ForeignKey> foreignKeys() {
        var rc = table(quotedName("INFORMATION_SCHEMA", "REFERENTIAL_CONSTRAINTS")).as(quotedName("rc"));
        var fk = table(quotedName("INFORMATION_SCHEMA", "KEY_COLUMN_USAGE")).as(quotedName("fk"));
        var pk = table(quotedName("INFORMATION_SCHEMA", "KEY_COLUMN_USAGE")).as(quotedName("pk"));
        Result<Record5<String, String, String, String, String>> rows = dsl
                .select(field(quotedName("rc", "CONSTRAINT_NAME"), String.class),
                        field(quotedName("fk", "TABLE_NAME"), String.class),
                        field(quotedName("fk", "COLUMN_NAME"), String.class),
                        field(quotedName("pk", "TABLE_NAME"), String.class),
                        field(quotedName("pk", "COLUMN_NAME"), String.class))
                .from(rc)
                .join(fk).on(field(quotedName("fk", "CONSTRAINT_SCHEMA")).eq(field(quotedName("rc", "CONSTRAINT_SCHEMA")))
                        .and(field(quotedName("fk", "CONSTRAINT_NAME")).eq(field(quotedName("rc", "CONSTRAINT_NAME")))))
                .join(pk).on(field(quotedName("pk", "CONSTRAINT_SCHEMA")).eq(field(quotedName("rc", "UNIQUE_CONSTRAINT_SCHEMA")))
                        .and(field(quotedName("pk", "CONSTRAINT_NAME")).eq(field(quotedName("rc", "UNIQUE_CONSTRAINT_NAME"))))
                        .and(field(quotedName("pk", "ORDINAL_POSITION")).eq(field(quotedName("fk", "POSITION_IN_UNIQUE_CONSTRAINT")))))
                .where(field(quotedName("rc", "CONSTRAINT_SCHEMA")).eq(SCHEMA))
                .orderBy(field(quotedName("rc", "CONSTRAINT_NAME")), field(quotedName("fk", "ORDINAL_POSITION")))
                .fetch();
        Map<String, ForeignKey> keys = new LinkedHashMap<>();
        for (var row : rows) {
            keys.computeIfAbsent(row.value1(), n -> new ForeignKey(n, row.value2(), row.value4(), new ArrayList<>()))
                    .columns().add(new String[]{row.value3(), row.value5()});
        }
        return List.copyOf(keys.values());
    }

    /** Rows of the child table whose reference (all columns set) has no parent row. */
    long orphans(ForeignKey key) {
        Table<?> child = table(quotedName(SCHEMA, key.childTable())).as(quotedName("c"));
        Table<?> parent = table(quotedName(SCHEMA, key.parentTable())).as(quotedName("p"));
        Condition set = DSL.noCondition();
        Condition match = DSL.noCondition();
        for (String[] pair : key.columns()) {
            set = set.and(field(quotedName("c", pair[0])).isNotNull());
            match = match.and(field(quotedName("p", pair[1])).eq(field(quotedName("c", pair[0]))));
        }
        return dsl.fetchCount(dsl.selectOne().from(child)
                .where(set).andNotExists(dsl.selectOne().from(parent).where(match)));
    }

    record ForeignKey(String name, String childTable, String parentTable, List<String[]> columns) {
    }
}
