package fr.cress.relais.bench;

import fr.cress.relais.app.Relais;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.settings.DataLocations;
import fr.cress.relais.db.Store;
import fr.cress.relais.db.history.HistoryTriggers;
import fr.cress.relais.testing.TestStores;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;

import static fr.cress.relais.db.generated.Tables.ORGANISATION;

/**
 * Not a test: the write cost of the history (triggers and the acting user set on each connection). Loads the
 * example programme into a fresh file store and runs 1,000 updates of an organisation, with the history and
 * with the triggers dropped; prints the medians of N runs ({@code -Dbench.runs}, default 5).
 */
public final class HistoryCostBenchmark {

    private HistoryCostBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = Integer.getInteger("bench.runs", 5);
        long[][] with = new long[2][runs];
        long[][] without = new long[2][runs];
        measure(false); // warm-up
        for (int i = 0; i < runs; i++) {
            long[] w = measure(true);
            long[] wo = measure(false);
            with[0][i] = w[0];
            with[1][i] = w[1];
            without[0][i] = wo[0];
            without[1][i] = wo[1];
        }
        System.out.printf("demo load: with history %d ms, without %d ms%n", median(with[0]), median(without[0]));
        System.out.printf("1000 updates: with history %d ms, without %d ms%n", median(with[1]), median(without[1]));
    }

    /** {demo load ms, 1000 updates ms}. */
    private static long[] measure(boolean history) throws Exception {
        Path dir = Files.createTempDirectory("relais-history-bench");
        DataLocations locations = new DataLocations(dir, false);
        try (Relais relais = Relais.on(Store.open(locations), locations, I18n.french(), TestStores.CLOCK)) {
            if (!history) {
                dropTriggers(relais.store());
            }
            long start = System.nanoTime();
            relais.demoLoader().load();
            long demo = (System.nanoTime() - start) / 1_000_000;
            DSLContext dsl = history ? relais.store().dsl()
                    : DSL.using(relais.store().dataSource(), SQLDialect.H2);
            long id = dsl.select(DSL.min(ORGANISATION.ID)).from(ORGANISATION).fetchOne(0, Long.class);
            start = System.nanoTime();
            for (int i = 0; i < 1000; i++) {
                dsl.update(ORGANISATION).set(ORGANISATION.NOTES, "note " + i)
                        .set(ORGANISATION.VERSION, ORGANISATION.VERSION.plus(1))
                        .where(ORGANISATION.ID.eq(id)).execute();
            }
            long updates = (System.nanoTime() - start) / 1_000_000;
            return new long[]{demo, updates};
        }
    }

    private static void dropTriggers(Store store) throws Exception {
        try (Connection c = store.dataSource().getConnection(); Statement s = c.createStatement()) {
            List<String> tables = List.copyOf(HistoryTriggersAccess.tables(c));
            for (String t : tables) {
                s.execute("DROP TRIGGER IF EXISTS relais_history_" + t);
            }
        }
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** The business tables, through the public check (all have a trigger right after opening). */
    private static final class HistoryTriggersAccess {
        static java.util.Set<String> tables(Connection c) throws java.sql.SQLException {
            java.util.Set<String> all = new java.util.TreeSet<>();
            try (var rs = c.getMetaData().getTables(c.getCatalog(), c.getSchema(), "%", new String[]{"BASE TABLE", "TABLE"})) {
                while (rs.next()) {
                    String name = rs.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT);
                    if (!HistoryTriggers.NOT_RECORDED.contains(name)) {
                        all.add(name);
                    }
                }
            }
            return all;
        }
    }
}
