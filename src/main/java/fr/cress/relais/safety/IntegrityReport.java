package fr.cress.relais.safety;

import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.text.Formats;
import fr.cress.relais.db.SchemaState;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the integrity check found: the schema, how many tables and rows were read, how many foreign keys were
 * checked, the counts of what the store holds, and the problems (none when the store is sound).
 */
public record IntegrityReport(String location, SchemaState schema, int tables, long rows, int foreignKeys,
                              Map<String, Long> counts, List<Problem> problems) {

    public IntegrityReport {
        counts = Map.copyOf(counts);
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    /** The summary shown to the user, one line each. */
    public List<String> describe(I18n i18n) {
        List<String> lines = new ArrayList<>();
        lines.add(i18n.t("safety.check.title", location));
        if (schema != null && schema.current() != null) {
            lines.add(schema.pending() > 0 && !schema.newer()
                    ? i18n.t("safety.check.schema.pending", schema.current(), schema.latest())
                    : i18n.t("safety.check.schema.ok", schema.current()));
        }
        lines.add(i18n.t("safety.check.rows", Formats.integer(tables), Formats.integer(rows)));
        lines.add(i18n.t("safety.check.keys", Formats.integer(foreignKeys)));
        if (!counts.isEmpty()) {
            lines.add(i18n.t("safety.check.counts", count("organisations"), count("contacts"), count("meetings"),
                    count("actions"), count("holders")));
        }
        if (ok()) {
            lines.add(i18n.t("safety.check.ok"));
        } else {
            lines.add(i18n.t("safety.check.failed"));
            problems.forEach(p -> lines.add("  - " + i18n.t(p.key(), p.args())));
        }
        return lines;
    }

    private Long count(String key) {
        return counts.getOrDefault(key, 0L);
    }

    /** One thing found wrong, as an i18n key and its arguments. */
    public record Problem(String key, Object... args) {
    }
}
