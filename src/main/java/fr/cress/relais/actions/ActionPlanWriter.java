package fr.cress.relais.actions;

import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.text.Formats;
import fr.cress.relais.exchange.xlsx.Cell;
import fr.cress.relais.exchange.xlsx.Column;
import fr.cress.relais.exchange.xlsx.SheetWriter;
import fr.cress.relais.exchange.xlsx.XlsxWorkbook;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The action plan of one partner: the actions it takes part in (role, dates, indicators), their indicators
 * with the ratio as a formula, and the action items from meetings it still has to carry out.
 */
final class ActionPlanWriter {

    private final ProgrammeSnapshot snapshot;
    private final OrganisationRef partner;
    private final List<OpenItem> openItems;
    private final I18n i18n;
    private final LocalDate today;
    private final List<JointAction> actions;

    ActionPlanWriter(ProgrammeSnapshot snapshot, OrganisationRef partner, List<OpenItem> openItems, I18n i18n,
                     LocalDate today) {
        this.snapshot = snapshot;
        this.partner = partner;
        this.openItems = openItems;
        this.i18n = i18n;
        this.today = today;
        this.actions = actionsOf(snapshot, partner.id());
    }

    static List<JointAction> actionsOf(ProgrammeSnapshot snapshot, long organisationId) {
        return snapshot.actions().stream()
                .filter(a -> snapshot.partnersOf(a).stream().anyMatch(p -> p.organisationId() == organisationId))
                .toList();
    }

    void write(Path file) throws IOException {
        try (XlsxWorkbook book = XlsxWorkbook.report()) {
            writeActions(book.sheet(i18n.t("actions.plan.sheet"), true));
            writeIndicators(book.sheet(i18n.t("actions.plan.indicators.sheet"), true));
            writeItems(book.sheet(i18n.t("actions.plan.items.sheet"), true));
            book.save(file);
        }
    }

    private void writeActions(SheetWriter sheet) {
        title(sheet, "actions.plan.title");
        sheet.header(Column.of(i18n.t("actions.col.ref"), 8), Column.of(i18n.t("actions.col.action"), 44),
                Column.of(i18n.t("actions.col.objective"), 40), Column.of(i18n.t("actions.col.kind")),
                Column.of(i18n.t("actions.col.role"), 18), Column.of(i18n.t("actions.col.status")),
                Column.of(i18n.t("actions.col.years"), 10), Column.of(i18n.t("actions.col.start"), 11),
                Column.of(i18n.t("actions.col.end"), 11), Column.of(i18n.t("actions.col.place"), 22),
                Column.of(i18n.t("actions.col.contacts"), 28), Column.of(i18n.t("actions.col.indicators"), 44));
        for (JointAction a : actions) {
            sheet.row(snapshot.ref(a), Cell.wrapped(a.title()), Cell.wrapped(objective(a)), i18n.label(a.kind()),
                    Cell.wrapped(roles(a)), i18n.label(a.status()), a.years(), a.startDate(), a.endDate(),
                    a.place() == null ? null : Cell.wrapped(a.place()),
                    Cell.wrapped(contacts(a)), Cell.wrapped(indicatorSummary(a)));
        }
        if (actions.isEmpty()) {
            sheet.row("", i18n.t("actions.plan.noAction"));
        }
        sheet.finish();
    }

    private void writeIndicators(SheetWriter sheet) {
        title(sheet, "actions.plan.indicators.title");
        sheet.header(Column.of(i18n.t("actions.col.ref"), 8), Column.of(i18n.t("actions.col.action"), 44),
                Column.of(i18n.t("actions.col.indicator"), 32), Column.of(i18n.t("actions.col.unit")),
                Column.of(i18n.t("actions.col.year"), 8), Column.of(i18n.t("actions.col.planned"), 11),
                Column.of(i18n.t("actions.col.achieved"), 11), Column.of(i18n.t("actions.col.ratio"), 9),
                Column.of(i18n.t("actions.col.results"), 50));
        for (JointAction a : actions) {
            for (Indicator i : snapshot.indicatorsOf(a)) {
                int row = sheet.nextExcelRow();
                Object ratio = i.planned() == null ? null : BilanWriter.ratio("F" + row, "G" + row);
                sheet.row(snapshot.ref(a), a.title(), i.name(), i.unit(), Cell.year(i.year()), BilanWriter.number(i.planned()),
                        BilanWriter.number(i.achieved()), ratio, i.qualitative() == null ? null : Cell.wrapped(i.qualitative()));
            }
        }
        sheet.finish();
    }

    private void writeItems(SheetWriter sheet) {
        title(sheet, "actions.plan.items.title");
        sheet.header(Column.of(i18n.t("actions.col.item"), 50), Column.of(i18n.t("actions.col.due"), 11),
                Column.of(i18n.t("actions.col.meeting"), 40), Column.of(i18n.t("actions.col.meetingDate"), 16),
                Column.of(i18n.t("actions.col.notes"), 40));
        for (OpenItem item : openItems) {
            sheet.row(Cell.wrapped(item.title()), item.dueDate(), item.meetingTitle(), item.meetingStart(),
                    item.notes() == null ? null : Cell.wrapped(item.notes()));
        }
        if (openItems.isEmpty()) {
            sheet.row(i18n.t("actions.plan.noItem"));
        }
        sheet.finish();
    }

    private void title(SheetWriter sheet, String key) {
        Programme p = snapshot.programme();
        sheet.titleBlock(i18n.t(key, p.years(), partner.label()),
                i18n.t("actions.plan.subtitle", partner.name(), p.name()),
                i18n.t("actions.export.madeBy", Formats.date(today)));
    }

    private String objective(JointAction a) {
        return snapshot.objective(a.objectiveId())
                .map(o -> i18n.t("actions.objective.label", snapshot.ref(o), o.title())).orElse("");
    }

    private String roles(JointAction a) {
        return String.join(", ", snapshot.partnersOf(a).stream().filter(p -> p.organisationId() == partner.id())
                .map(p -> i18n.label(p.role())).toList());
    }

    private String contacts(JointAction a) {
        return String.join(", ", snapshot.contactsOf(a).stream()
                .flatMap(id -> snapshot.directory().contact(id).stream())
                .filter(c -> c.organisationId() != null && c.organisationId() == partner.id())
                .map(ContactRef::fullName).toList());
    }

    /** « Exemplaires imprimés 2008 : 3 000 / 1 000 prévus » for each indicator. */
    private String indicatorSummary(JointAction a) {
        List<String> lines = new ArrayList<>();
        for (Indicator i : snapshot.indicatorsOf(a)) {
            String name = i.year() == null ? i.name() : i.name() + " " + i.year();
            String achieved = i.achieved() == null ? "–" : Formats.number(i.achieved());
            lines.add(i.planned() == null
                    ? i18n.t("actions.plan.indicatorAchieved", name, achieved, unit(i))
                    : i18n.t("actions.plan.indicatorBoth", name, achieved, Formats.number(i.planned()), unit(i)));
        }
        return String.join("\n", lines);
    }

    private static String unit(Indicator i) {
        return i.unit() == null ? "" : i.unit();
    }
}
