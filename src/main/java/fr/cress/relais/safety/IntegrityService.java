package fr.cress.relais.safety;

import fr.cress.relais.db.SchemaState;
import fr.cress.relais.db.Store;
import fr.cress.relais.db.StoreStats;
import org.jooq.exception.DataAccessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks a store without changing it: its schema version against this Relais, every row of every table
 * readable, no reference pointing to a missing row (one query per foreign key), and the counts of
 * {@link StoreStats}. Used by {@code relais check} and to verify a backup before it is restored.
 */
public final class IntegrityService {

    private static final Logger LOG = LoggerFactory.getLogger(IntegrityService.class);

    public IntegrityReport check(Store store) {
        List<IntegrityReport.Problem> problems = new ArrayList<>();
        SchemaState schema = store.schema();
        schemaProblems(schema, problems);
        IntegrityRepository repository = new IntegrityRepository(store.dsl());
        List<String> tables = List.of();
        long rows = 0;
        int keys = 0;
        try {
            tables = repository.tables();
            rows = readTables(repository, tables, problems);
            keys = checkKeys(repository, problems);
        } catch (DataAccessException e) {
            LOG.warn("Store {} unreadable", store.description(), e);
            problems.add(new IntegrityReport.Problem("safety.check.unreadable"));
        }
        Map<String, Long> counts = Map.of();
        if (schema.upToDate() && problems.isEmpty()) {
            counts = StoreStats.count(store.dsl());
        }
        return new IntegrityReport(store.description(), schema, tables.size(), rows, keys, counts, problems);
    }

    private static void schemaProblems(SchemaState schema, List<IntegrityReport.Problem> problems) {
        if (schema.current() == null) {
            problems.add(new IntegrityReport.Problem("safety.check.notRelais"));
        } else if (schema.newer()) {
            problems.add(new IntegrityReport.Problem("safety.check.newer", schema.current(), schema.latest()));
        }
        if (schema.failed()) {
            problems.add(new IntegrityReport.Problem("safety.check.failedMigration"));
        }
    }

    private static long readTables(IntegrityRepository repository, List<String> tables,
                                   List<IntegrityReport.Problem> problems) {
        long rows = 0;
        for (String table : tables) {
            try {
                rows += repository.readAllRows(table);
            } catch (DataAccessException e) {
                LOG.warn("Table {} unreadable", table, e);
                problems.add(new IntegrityReport.Problem("safety.check.unreadableTable", table));
            }
        }
        return rows;
    }

    private static int checkKeys(IntegrityRepository repository, List<IntegrityReport.Problem> problems) {
        List<IntegrityRepository.ForeignKey> keys = repository.foreignKeys();
        for (IntegrityRepository.ForeignKey key : keys) {
            try {
                long orphans = repository.orphans(key);
                if (orphans > 0) {
                    problems.add(new IntegrityReport.Problem("safety.check.orphans", orphans,
                            key.childTable(), key.parentTable(), key.name()));
                }
            } catch (DataAccessException e) {
                LOG.warn("Foreign key {} unreadable", key.name(), e);
                problems.add(new IntegrityReport.Problem("safety.check.unreadableTable", key.childTable()));
            }
        }
        return keys.size();
    }
}
