package fr.cress.relais.db;

import fr.cress.relais.app.Relais;
import fr.cress.relais.testing.TestStores;
import org.jooq.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static fr.cress.relais.db.generated.Tables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The copy behind {@code relais migrate-store}, on the vendor of the run (H2, or the test server). */
class StoreCopyTest {

    @TempDir
    Path dir;

    @Test
    void tablesComeAfterTheTablesTheyReference() {
        List<Table<?>> order = StoreCopy.inDependencyOrder();

        assertThat(order).hasSize(fr.cress.relais.db.generated.DefaultSchema.DEFAULT_SCHEMA.getTables().size());
        for (Table<?> table : order) {
            table.getReferences().stream().map(k -> k.getKey().getTable()).filter(t -> !t.equals(table))
                    .forEach(parent -> assertThat(order.indexOf(parent)).as(table.getName() + " after " + parent.getName())
                            .isLessThan(order.indexOf(table)));
        }
    }

    @Test
    void theExampleProgrammeIsCopiedWholeAndNewRowsGetFreshIds() {
        try (Relais demo = TestStores.demoRelais(dir); Store copy = TestStores.store()) {
            // a group whose parent was created after it: the self reference is set once every group is in
            long child = demo.store().dsl().insertInto(WORK_GROUP, WORK_GROUP.NAME).values("Sous-groupe")
                    .returning(WORK_GROUP.ID).fetchOne(WORK_GROUP.ID);
            long parent = demo.store().dsl().insertInto(WORK_GROUP, WORK_GROUP.NAME).values("Groupe parent")
                    .returning(WORK_GROUP.ID).fetchOne(WORK_GROUP.ID);
            demo.store().dsl().update(WORK_GROUP).set(WORK_GROUP.PARENT_ID, parent).where(WORK_GROUP.ID.eq(child)).execute();

            List<StoreCopy.TableCount> counts = StoreCopy.copy(demo.store(), copy);

            assertThat(counts).allSatisfy(c -> assertThat(c.copied()).isEqualTo(c.source()));
            assertThat(counts.stream().mapToLong(StoreCopy.TableCount::copied).sum()).isGreaterThan(100);
            assertThat(StoreStats.count(copy.dsl())).isEqualTo(StoreStats.count(demo.store().dsl()));
            assertThat(copy.dsl().select(WORK_GROUP.PARENT_ID).from(WORK_GROUP).where(WORK_GROUP.ID.eq(child))
                    .fetchOne(WORK_GROUP.PARENT_ID)).isEqualTo(parent);
            Long next = copy.dsl().insertInto(ORGANISATION, ORGANISATION.NAME, ORGANISATION.KIND)
                    .values("Nouvelle structure", "NETWORK").returning(ORGANISATION.ID).fetchOne(ORGANISATION.ID);
            assertThat(next).isGreaterThan(demo.store().dsl().select(org.jooq.impl.DSL.max(ORGANISATION.ID))
                    .from(ORGANISATION).fetchOne().value1());
        }
    }

    @Test
    void aCopyThatFailsHalfWayLeavesNothingBehind() {
        try (Relais demo = TestStores.demoRelais(dir); Store copy = TestStores.store()) {
            // one row already there with an id the copy needs: the copy fails on that table, after others
            copy.dsl().insertInto(MEETING, MEETING.ID, MEETING.TITLE, MEETING.STARTS_AT, MEETING.STATUS, MEETING.ICS_UID)
                    .values(1L, "Déjà là", java.time.LocalDateTime.of(2026, 1, 5, 14, 0), "PLANNED", "deja-la")
                    .execute();

            assertThatThrownBy(() -> StoreCopy.copy(demo.store(), copy)).isInstanceOf(RuntimeException.class);

            assertThat(copy.dsl().fetchCount(ORGANISATION)).isZero();
            assertThat(copy.dsl().fetchCount(MEETING)).isEqualTo(1);
        }
    }
}
