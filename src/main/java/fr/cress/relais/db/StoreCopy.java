package fr.cress.relais.db;

import fr.cress.relais.common.error.BadInputException;
import fr.cress.relais.common.settings.ServerAddress;
import fr.cress.relais.db.generated.DefaultSchema;
import fr.cress.relais.db.history.HistoryTriggers;
import org.jooq.BatchBindStep;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.ForeignKey;
import org.jooq.Identity;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Copies every table of a store into another, empty and migrated to the same version, in ONE transaction:
 * tables in dependency order (a table after those it references), self references (a group's parent, a
 * programme's previous one) set once every row of the table is in, identity sequences moved past the copied
 * ids, then the rows of each table counted on both sides. Any difference or failure rolls everything back.
 * Generic over the tables jOOQ generated: a table added by a later migration is copied without change here.
 */
public final class StoreCopy {

    private static final Logger LOG = LoggerFactory.getLogger(StoreCopy.class);
    private static final int BATCH = 500;

    /** The rows of one table in the original and in the copy. */
    public record TableCount(String table, long source, long copied) {
    }

    private StoreCopy() {
    }

    /** What a move to a server did: the rows of each table, and {@code relais stats} on both sides. */
    public record Moved(List<TableCount> tables, Map<String, Long> statsBefore, Map<String, Long> statsAfter) {
        public long rows() {
            return tables.stream().mapToLong(TableCount::copied).sum();
        }
    }

    /**
     * {@code relais migrate-store}: copies {@code from} into the EMPTY database of {@code server} (refused when
     * it holds any table), migrated there by Flyway first. On any failure the copy is rolled back and what the
     * migration created is removed, so that the database is left empty as it was.
     */
    public static Moved intoServer(Store from, ServerAddress server, String password) {
        try (Store probe = Store.serverUnmigrated(server, password)) {
            int tables = tablesIn(probe);
            if (tables > 0) {
                throw new BadInputException("common.migrate.notEmpty", server.display(), tables);
            }
        }
        try (Store to = Store.server(server, password)) {
            try {
                List<TableCount> counts = copy(from, to);
                Map<String, Long> before = StoreStats.count(from.dsl());
                Map<String, Long> after = StoreStats.count(to.dsl());
                if (!before.equals(after)) {
                    throw new CountMismatchException("stats", before.values().stream().mapToLong(Long::longValue).sum(),
                            after.values().stream().mapToLong(Long::longValue).sum());
                }
                return new Moved(counts, before, after);
            } catch (CountMismatchException e) {
                to.cleanAfterFailedCopy();
                throw new StoreUnavailableException(e, "common.migrate.mismatch", e.table(), e.source(), e.copied(),
                        server.display());
            } catch (RuntimeException e) {
                LOG.error("Copy to {} failed", server.display(), e);
                to.cleanAfterFailedCopy();
                throw new StoreUnavailableException(e, "common.migrate.failed", server.display());
            }
        }
    }

    /** The tables of the schema, each after the tables it references. */
    public static List<Table<?>> inDependencyOrder() {
        Set<Table<?>> ordered = new LinkedHashSet<>();
        DefaultSchema.DEFAULT_SCHEMA.getTables().forEach(t -> visit(t, ordered, new LinkedHashSet<>()));
        return List.copyOf(ordered);
    }

    private static void visit(Table<?> table, Set<Table<?>> ordered, Set<Table<?>> path) {
        if (ordered.contains(table) || !path.add(table)) {
            return;
        }
        for (ForeignKey<?, ?> key : table.getReferences()) {
            Table<?> parent = key.getKey().getTable();
            if (!parent.equals(table)) {
                visit(parent, ordered, path);
            }
        }
        ordered.add(table);
    }

    /** The number of tables in the target's schema (the migration history included): 0 for an empty database. */
    public static int tablesIn(Store store) {
        return store.dsl().fetchCount(DSL.table(DSL.name("information_schema", "tables")),
                DSL.field(DSL.name("table_schema")).eq(DSL.currentSchema()));
    }

    /**
     * Copies {@code from} into {@code to} in one transaction and returns the counts, equal for every table.
     * Throws (and leaves {@code to} as it was) when a row cannot be written or a count differs.
     */
    public static List<TableCount> copy(Store from, Store to) {
        List<Table<?>> tables = inDependencyOrder();
        return to.transaction(tx -> HistoryTriggers.suspended(tx, () -> {
            List<TableCount> counts = new ArrayList<>();
            for (Table<?> table : tables) {
                long source = from.dsl().fetchCount(table);
                copyRows(from.dsl(), tx, table);
                resetIdentity(tx, to.vendor(), table);
                long copied = tx.fetchCount(table);
                if (copied != source) {
                    throw new CountMismatchException(table.getName().toLowerCase(java.util.Locale.ROOT), source, copied);
                }
                counts.add(new TableCount(table.getName().toLowerCase(java.util.Locale.ROOT), source, copied));
                LOG.info("Copied {} rows of {}", copied, table.getName());
            }
            return counts;
        }));
    }

    private static void copyRows(DSLContext source, DSLContext target, Table<?> table) {
        Field<?>[] fields = table.fields();
        List<Integer> selfRefs = selfReferences(table, fields);
        Map<Object, Object[]> later = new LinkedHashMap<>();
        Field<?> pk = table.getPrimaryKey().getFields().get(0);
        int pkIndex = table.indexOf(pk);
        try (Cursor<? extends Record> rows = source.selectFrom(table).orderBy(table.getPrimaryKey().getFields()).fetchLazy()) {
            BatchBindStep batch = target.batch(target.insertInto(table, fields).values(new Object[fields.length]));
            int pending = 0;
            for (Record row : rows) {
                Object[] values = row.intoArray();
                Object[] deferred = new Object[selfRefs.size()];
                for (int i = 0; i < selfRefs.size(); i++) {
                    deferred[i] = values[selfRefs.get(i)];
                    values[selfRefs.get(i)] = null;
                }
                if (java.util.Arrays.stream(deferred).anyMatch(java.util.Objects::nonNull)) {
                    later.put(values[pkIndex], deferred);
                }
                batch.bind(values);
                if (++pending == BATCH) {
                    batch.execute();
                    batch = target.batch(target.insertInto(table, fields).values(new Object[fields.length]));
                    pending = 0;
                }
            }
            if (pending > 0) {
                batch.execute();
            }
        }
        later.forEach((id, deferred) -> setSelfReferences(target, table, fields, selfRefs, id, deferred));
    }

    private static List<Integer> selfReferences(Table<?> table, Field<?>[] fields) {
        List<Integer> indexes = new ArrayList<>();
        for (ForeignKey<?, ?> key : table.getReferences()) {
            if (key.getKey().getTable().equals(table)) {
                key.getFields().forEach(f -> indexes.add(table.indexOf(f)));
            }
        }
        return indexes;
    }

    @SuppressWarnings("unchecked")
    private static void setSelfReferences(DSLContext target, Table<?> table, Field<?>[] fields, List<Integer> selfRefs,
                                          Object id, Object[] deferred) {
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < selfRefs.size(); i++) {
            values.put(fields[selfRefs.get(i)], deferred[i]);
        }
        Field<Object> pk = (Field<Object>) table.getPrimaryKey().getFields().get(0);
        target.update(table).set(values).where(pk.eq(id)).execute();
    }

    /** The next id a new row gets is past every copied one. */
    private static void resetIdentity(DSLContext target, Store.Vendor vendor, Table<?> table) {
        Identity<?, ?> identity = table.getIdentity();
        if (identity == null) {
            return;
        }
        Field<?> id = identity.getField();
        Long max = target.select(DSL.max(id).cast(Long.class)).from(table).fetchOne(0, Long.class);
        long next = max == null ? 1 : max + 1;
        if (vendor == Store.Vendor.POSTGRESQL) {
            target.resultQuery("select setval(pg_get_serial_sequence({0}, {1}), {2}, false)",
                    // unquoted names: PostgreSQL folds them to lower case (the generated code spells them in capitals)
                    DSL.inline(table.getName().toLowerCase(java.util.Locale.ROOT)),
                    DSL.inline(id.getName().toLowerCase(java.util.Locale.ROOT)), DSL.inline(next)).fetch();
        } else {
            target.execute("alter table {0} alter column {1} restart with {2}", table, DSL.name(id.getName()),
                    DSL.inline(next));
        }
    }

    /** A table whose copy does not hold as many rows as the original. */
    public static final class CountMismatchException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String table;
        private final long source;
        private final long copied;

        CountMismatchException(String table, long source, long copied) {
            super("Copy of " + table + ": " + source + " rows in the original, " + copied + " in the copy");
            this.table = table;
            this.source = source;
            this.copied = copied;
        }

        public String table() {
            return table;
        }

        public long source() {
            return source;
        }

        public long copied() {
            return copied;
        }
    }
}
