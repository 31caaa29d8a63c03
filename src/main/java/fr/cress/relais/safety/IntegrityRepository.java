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
import static org.jooq.impl.DSL.name;
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
        return dsl.select(field(name("TABLE_NAME"), String.class))
                .from(table(name("INFORMATION_SCHEMA", "TABLES")))
                .where(field(name("TABLE_SCHEMA")).eq(SCHEMA))
                .and(field(name("TABLE_TYPE")).eq("BASE TABLE"))
                .orderBy(field(name("TABLE_NAME")))
                .fetch(0, String.class);
    }

    /** Reads every row of {@code tableName} (not just an index count): a damaged page shows up here. */
    long readAllRows(String tableName) {
        long rows = 0;
        try (Cursor<Record> cursor = dsl.selectFrom(table(name(SCHEMA, tableName))).fetchSize(500).fetchLazy()) {
            while (cursor.hasNext()) {
                cursor.fetchNext();
                rows++;
            }
        }
        return rows;
    }

    /** The foreign keys of the store, each with its column pairs (child column, parent column). */
    List<ForeignKey> foreignKeys() {
        var rc = table(name("INFORMATION_SCHEMA", "REFERENTIAL_CONSTRAINTS")).as("rc");
        var fk = table(name("INFORMATION_SCHEMA", "KEY_COLUMN_USAGE")).as("fk");
        var pk = table(name("INFORMATION_SCHEMA", "KEY_COLUMN_USAGE")).as("pk");
        Result<Record5<String, String, String, String, String>> rows = dsl
                .select(field(name("rc", "CONSTRAINT_NAME"), String.class),
                        field(name("fk", "TABLE_NAME"), String.class),
                        field(name("fk", "COLUMN_NAME"), String.class),
                        field(name("pk", "TABLE_NAME"), String.class),
                        field(name("pk", "COLUMN_NAME"), String.class))
                .from(rc)
                .join(fk).on(field(name("fk", "CONSTRAINT_SCHEMA")).eq(field(name("rc", "CONSTRAINT_SCHEMA")))
                        .and(field(name("fk", "CONSTRAINT_NAME")).eq(field(name("rc", "CONSTRAINT_NAME")))))
                .join(pk).on(field(name("pk", "CONSTRAINT_SCHEMA")).eq(field(name("rc", "UNIQUE_CONSTRAINT_SCHEMA")))
                        .and(field(name("pk", "CONSTRAINT_NAME")).eq(field(name("rc", "UNIQUE_CONSTRAINT_NAME"))))
                        .and(field(name("pk", "ORDINAL_POSITION")).eq(field(name("fk", "POSITION_IN_UNIQUE_CONSTRAINT")))))
                .where(field(name("rc", "CONSTRAINT_SCHEMA")).eq(SCHEMA))
                .orderBy(field(name("rc", "CONSTRAINT_NAME")), field(name("fk", "ORDINAL_POSITION")))
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
        Table<?> child = table(name(SCHEMA, key.childTable())).as("c");
        Table<?> parent = table(name(SCHEMA, key.parentTable())).as("p");
        Condition set = DSL.noCondition();
        Condition match = DSL.noCondition();
        for (String[] pair : key.columns()) {
            set = set.and(field(name("c", pair[0])).isNotNull());
            match = match.and(field(name("p", pair[1])).eq(field(name("c", pair[0]))));
        }
        return dsl.fetchCount(dsl.selectOne().from(child)
                .where(set).andNotExists(dsl.selectOne().from(parent).where(match)));
    }

    record ForeignKey(String name, String childTable, String parentTable, List<String[]> columns) {
    }
}
