package fr.cress.relais.db;

import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;

import java.util.Collections;

/**
 * Writes many rows of one table through a single prepared statement, in batches: for generated stores
 * (large example data). Rows carry their own ids, taken from {@link #nextId}; {@link #close()} moves the
 * table's identity past them so that later inserts by the application do not collide.
 */
public final class BulkInsert implements AutoCloseable {

    private static final int BATCH = 2_000;
    private final DSLContext dsl;
    private final Table<?> table;
    private final Field<?>[] fields;
    private BulkInsert parent;
    private BatchBindStep batch;
    private int pending;
    private long rows;

    public BulkInsert(DSLContext dsl, Table<?> table, Field<?>... fields) {
        this.dsl = dsl;
        this.table = table;
        this.fields = fields;
    }

    /** The first free id of {@code table} (its {@code id} column). */
    public static long nextId(DSLContext dsl, Table<? extends Record> table) {
        Field<Long> id = idOf(table);
        Long max = dsl.select(DSL.max(id)).from(table).fetchOne(0, Long.class);
        return max == null ? 1 : max + 1;
    }

    /** Rows of this table refer to rows of {@code parent}: the parent's pending rows are written first. */
    public BulkInsert after(BulkInsert parent) {
        this.parent = parent;
        return this;
    }

    /** Adds one row, values in the order of the fields given to the constructor. */
    public void add(Object... values) {
        if (batch == null) {
            batch = dsl.batch(dsl.insertInto(table).columns(fields)
                    .values(Collections.nCopies(fields.length, null)));
        }
        batch.bind(values);
        pending++;
        rows++;
        if (pending == BATCH) {
            flush();
        }
    }

    public long rows() {
        return rows;
    }

    private void flush() {
        if (parent != null) {
            parent.flush();
        }
        if (pending > 0) {
            batch.execute();
            batch = null;
            pending = 0;
        }
    }

    @Override
    public void close() {
        flush();
        long next = nextId(dsl, table);
        dsl.execute("ALTER TABLE " + table.getName() + " ALTER COLUMN id RESTART WITH " + next);
    }

    private static Field<Long> idOf(Table<?> table) {
        for (Field<?> field : table.fields()) {
            if (field.getName().equalsIgnoreCase("id")) {
                return field.coerce(Long.class);
            }
        }
        throw new IllegalArgumentException("No id column in " + table.getName());
    }
}
