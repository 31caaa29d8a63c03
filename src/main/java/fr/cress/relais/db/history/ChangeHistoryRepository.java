package fr.cress.relais.db.history;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

/** Reads the history the triggers write: one record's changes, the latest change, what is new since a poll. */
public final class ChangeHistoryRepository {

    static final Table<Record> HISTORY = table(name("change_history"));
    static final Field<Long> ID = field(name("id"), Long.class);
    static final Field<String> TABLE = field(name("table_name"), String.class);
    static final Field<Long> RECORD = field(name("record_id"), Long.class);
    static final Field<String> OPERATION = field(name("operation"), String.class);
    static final Field<LocalDateTime> AT = field(name("changed_at"), LocalDateTime.class);
    static final Field<String> BY = field(name("changed_by"), String.class);
    static final Field<String> CHANGES = field(name("changes"), String.class);

    private final DSLContext dsl;

    public ChangeHistoryRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every change of one record, newest first. */
    public List<HistoryEntry> forRecord(String table, long id) {
        return dsl.select(ID, TABLE, RECORD, OPERATION, AT, BY, CHANGES).from(HISTORY)
                .where(TABLE.eq(table)).and(RECORD.eq(id))
                .orderBy(ID.desc())
                .fetch(this::entry);
    }

    /** The last change of one record. */
    public Optional<HistoryEntry> latest(String table, long id) {
        return dsl.select(ID, TABLE, RECORD, OPERATION, AT, BY, CHANGES).from(HISTORY)
                .where(TABLE.eq(table)).and(RECORD.eq(id))
                .orderBy(ID.desc())
                .limit(1)
                .fetchOptional(this::entry);
    }

    /** The id of the last change, 0 when there is none: the cheap question a poll asks. */
    public long lastId() {
        Long last = dsl.select(max(ID)).from(HISTORY).fetchOne(0, Long.class);
        return last == null ? 0 : last;
    }

    /** Changes after {@code afterId}, oldest first, at most {@code limit} (without their column values). */
    public List<HistoryEntry> since(long afterId, int limit) {
        List<HistoryEntry> result = new ArrayList<>();
        dsl.select(ID, TABLE, RECORD, OPERATION, AT, BY).from(HISTORY)
                .where(ID.gt(afterId))
                .orderBy(ID)
                .limit(limit)
                .forEach(r -> result.add(new HistoryEntry(r.get(ID), r.get(TABLE), r.get(RECORD), r.get(OPERATION),
                        r.get(AT), r.get(BY), List.of())));
        return result;
    }

    private HistoryEntry entry(Record r) {
        return new HistoryEntry(r.get(ID), r.get(TABLE), r.get(RECORD), r.get(OPERATION), r.get(AT), r.get(BY),
                List.copyOf(ChangeJson.read(r.get(CHANGES)).values()));
    }
}
