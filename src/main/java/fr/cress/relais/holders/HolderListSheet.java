package fr.cress.relais.holders;

import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.exchange.xlsx.Cell;
import fr.cress.relais.exchange.xlsx.Column;
import fr.cress.relais.exchange.xlsx.SheetWriter;
import fr.cress.relais.exchange.xlsx.XlsxWorkbook;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The list sheet of the holders' workbook. Anonymised by default: a row number instead of a name, the year
 * of first contact, the commune, stage, sector, legal form, needs and what referrals became; with names,
 * the person, the project and the contact details are added.
 */
final class HolderListSheet {

    private final XlsxWorkbook book;
    private final I18n i18n;
    private final boolean withNames;
    private final String[] titleLines;

    HolderListSheet(XlsxWorkbook book, I18n i18n, boolean withNames, String[] titleLines) {
        this.book = book;
        this.i18n = i18n;
        this.withNames = withNames;
        this.titleLines = titleLines;
    }

    void write(List<Holder> holders, Map<Long, List<Referral>> referrals, Map<String, CommuneRef> communes) {
        String name = i18n.t("holders.export.sheet.list");
        SheetWriter sheet = book.sheet(name, true);
        sheet.titleBlock(name, titleLines);
        sheet.header(columns());
        int number = 1;
        for (Holder h : holders) {
            List<Referral> made = referrals.getOrDefault(h.id(), List.of());
            sheet.row(values(number++, h, made, communes.get(h.communeCode())).toArray());
        }
        sheet.finish();
    }

    private List<Column> columns() {
        List<Column> columns = new ArrayList<>();
        columns.add(Column.of(i18n.t("holders.export.col.number"), 6));
        if (withNames) {
            for (String key : List.of("holders.export.col.name", "holders.export.col.project",
                    "holders.export.col.email", "holders.export.col.phone", "holders.export.col.consent")) {
                columns.add(Column.of(i18n.t(key)));
            }
            columns.add(Column.of(i18n.t("holders.export.col.firstContact"), 12));
        } else {
            columns.add(Column.of(i18n.t("holders.export.col.year"), 8));
        }
        for (String key : List.of("holders.export.col.channel", "holders.export.col.kind",
                "holders.export.col.communeCode", "holders.export.col.commune", "holders.export.col.epci",
                "holders.export.col.departement", "holders.export.col.stage", "holders.export.col.sector",
                "holders.export.col.legalForm", "holders.export.col.needs", "holders.export.col.referrals",
                "holders.export.col.partners", "holders.export.col.lastOutcome")) {
            columns.add(Column.of(i18n.t(key)));
        }
        if (withNames) {
            columns.add(Column.of(i18n.t("holders.export.col.summary"), 50));
        }
        return columns;
    }

    private List<Object> values(int number, Holder h, List<Referral> made, CommuneRef commune) {
        List<Object> v = new ArrayList<>();
        v.add(number);
        if (withNames) {
            v.add(h.displayName());
            v.add(h.projectName());
            v.add(h.email());
            v.add(h.phone());
            v.add(h.consentBasis() == null ? null : i18n.label(h.consentBasis()));
            v.add(h.firstContactOn());
        } else {
            v.add(h.firstContactOn().getYear());
        }
        v.add(label(h.firstContactChannel()));
        v.add(i18n.t(h.collective() ? "holders.kind.collective" : "holders.kind.person"));
        v.add(h.communeCode());
        v.add(commune == null ? null : commune.name());
        v.add(commune == null ? null : commune.epciName());
        v.add(commune == null ? null : commune.departementName());
        v.add(i18n.label(h.stage()));
        v.add(label(h.sector()));
        v.add(label(h.legalForm()));
        v.add(h.needs().stream().map(n -> i18n.label(new Need(n))).collect(Collectors.joining(", ")));
        v.add(made.size());
        v.add(made.stream().map(Referral::organisationName).distinct().collect(Collectors.joining(", ")));
        v.add(made.stream().filter(r -> r.outcome() != null)
                .max(Comparator.comparing(Referral::outcomeOn, Comparator.nullsFirst(Comparator.naturalOrder())))
                .map(r -> i18n.label(r.outcome())).orElse(null));
        if (withNames) {
            v.add(h.projectSummary() == null ? null : Cell.wrapped(h.projectSummary()));
        }
        return v;
    }

    private String label(fr.cress.relais.common.i18n.Labelled value) {
        return value == null ? null : i18n.label(value);
    }
}
