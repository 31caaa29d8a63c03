package fr.cress.relais.partners.privacy;

import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.ui.FieldLabels;
import fr.cress.relais.db.Store;
import fr.cress.relais.db.history.ChangeHistoryRepository;
import fr.cress.relais.db.history.FieldChange;
import fr.cress.relais.db.history.HistoryEntry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The history of a contact's record in their RGPD export: who changed which field and when, one row per
 * field (a creation or a deletion without fields: one row).
 */
final class ContactHistorySource implements ContactDataSource {

    private final Store store;
    private final I18n i18n;
    private final FieldLabels labels;

    ContactHistorySource(Store store, I18n i18n) {
        this.store = store;
        this.i18n = i18n;
        this.labels = new FieldLabels(i18n);
    }

    @Override
    public List<DataSection> collect(long contactId) {
        List<List<Object>> rows = new ArrayList<>();
        for (HistoryEntry e : new ChangeHistoryRepository(store.dsl()).forRecord("contact", contactId)) {
            String operation = operation(e.operation());
            if (e.changes().isEmpty()) {
                rows.add(Arrays.asList(e.changedAt(), e.changedBy(), operation, "", "", ""));
            }
            for (FieldChange c : e.changes()) {
                rows.add(Arrays.asList(e.changedAt(), e.changedBy(), operation, labels.label(c.column()),
                        text(c.before()), text(c.after())));
            }
        }
        return List.of(new DataSection(i18n.t("team.history.title"), List.of(i18n.t("team.history.col.when"),
                i18n.t("team.history.col.who"), i18n.t("team.history.col.operation"), i18n.t("team.history.col.field"),
                i18n.t("team.history.col.before"), i18n.t("team.history.col.after")), rows));
    }

    private String operation(String op) {
        return switch (op) {
            case "INSERT" -> i18n.t("team.history.created");
            case "DELETE" -> i18n.t("team.history.deleted");
            default -> i18n.t("team.history.updated");
        };
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
