package fr.cress.relais.holders;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

import java.util.Arrays;
import java.util.List;

import static fr.cress.relais.db.generated.Tables.HOLDER;
import static fr.cress.relais.db.generated.Tables.HOLDER_NEED;

/**
 * Where holders live, counted in the store: one row per commune and set of needs, with the number of holders
 * sharing both (10,000 holders make a few thousand rows, read without a single holder's record). Deleted
 * holders and holders without a commune are left out, as on the map.
 */
final class HolderPlacesRepository {

    /** Holders of one commune who ask for exactly these needs (sorted keys; empty when they asked for none). */
    record NeedGroup(String communeCode, List<String> needs, int holders) {
    }

    private static final String SEPARATOR = ",";

    private final DSLContext dsl;

    HolderPlacesRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every group, by commune code then needs (the same SQL on H2 and PostgreSQL). */
    List<NeedGroup> needGroups() {
        Field<String> needs = DSL.listAgg(HOLDER_NEED.NEED_KEY, SEPARATOR).withinGroupOrderBy(HOLDER_NEED.NEED_KEY)
                .as("needs");
        var perHolder = dsl.select(HOLDER.COMMUNE_CODE, needs)
                .from(HOLDER)
                .leftJoin(HOLDER_NEED).on(HOLDER_NEED.HOLDER_ID.eq(HOLDER.ID))
                .where(HOLDER.DELETED_AT.isNull().and(HOLDER.COMMUNE_CODE.isNotNull()))
                .groupBy(HOLDER.ID, HOLDER.COMMUNE_CODE)
                .asTable("per_holder");
        Field<String> commune = perHolder.field(HOLDER.COMMUNE_CODE);
        Field<String> needSet = perHolder.field(needs);
        return dsl.select(commune, needSet, DSL.count())
                .from(perHolder)
                .groupBy(commune, needSet)
                .orderBy(commune, needSet)
                .fetch(r -> new NeedGroup(r.value1(), keys(r.value2()), r.value3()));
    }

    private static List<String> keys(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(SEPARATOR));
    }
}
