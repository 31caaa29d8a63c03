package fr.cress.relais.partners.export;

import fr.cress.relais.common.concurrent.Progress;
import fr.cress.relais.common.error.AppException;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.text.Formats;
import fr.cress.relais.exchange.xlsx.Column;
import fr.cress.relais.exchange.xlsx.SheetWriter;
import fr.cress.relais.exchange.xlsx.XlsxWorkbook;
import fr.cress.relais.partners.Contact;
import fr.cress.relais.partners.Directory;
import fr.cress.relais.partners.Membership;
import fr.cress.relais.partners.Organisation;
import fr.cress.relais.partners.Tags;
import fr.cress.relais.partners.WorkGroup;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The directory as an Excel workbook to send to partners: three sheets (organisations, contacts,
 * memberships), each with a title block, a frozen header, filters, fitting widths and an A4 set-up.
 * Text is never evaluated as a formula (the shared writer sees to it). The contacts can also be written as
 * a CSV file for French Excel ({@link #writeCsv}).
 */
public final class DirectoryExporter {

    private static final int CHECK_EVERY = 500;

    private final I18n i18n;
    private final Clock clock;

    public DirectoryExporter(I18n i18n, Clock clock) {
        this.i18n = i18n;
        this.clock = clock;
    }

    /** « Annuaire des partenaires - CRESS - 2026-11-26.xlsx ». */
    public String suggestedFileName() {
        return suggestedName() + ".xlsx";
    }

    /** « Annuaire des partenaires - CRESS - 2026-11-26 », without extension (the format is chosen apart). */
    public String suggestedName() {
        return i18n.t("partners.export.fileName", LocalDate.now(clock).toString());
    }

    /** Writes {@code directory}; {@code selection} describes a filtered list (null for the whole directory). */
    public void write(Directory directory, String selection, Path file, Progress progress) {
        String scope = selection == null ? i18n.t("partners.export.scope.all") : i18n.t("partners.export.scope.filtered", selection);
        String made = i18n.t("partners.export.made", Formats.date(LocalDate.now(clock)),
                Formats.time(LocalDateTime.now(clock).toLocalTime()));
        try (XlsxWorkbook book = XlsxWorkbook.streaming()) {
            DirectoryTables tables = new DirectoryTables(directory, clock);
            organisations(book.sheet(i18n.t("partners.export.sheet.organisations"), true), tables, scope, made, progress);
            contacts(book.sheet(i18n.t("partners.export.sheet.contacts"), true), tables, scope, made, progress);
            memberships(book.sheet(i18n.t("partners.export.sheet.memberships"), true), tables, scope, made);
            book.save(file);
        } catch (IOException e) {
            throw new AppException(e, "partners.export.failed", file.getFileName().toString());
        }
    }

    private void organisations(SheetWriter sheet, DirectoryTables t, String scope, String made, Progress progress) {
        sheet.titleBlock(i18n.t("partners.export.title.organisations"), scope, made);
        sheet.header(columns(ExportColumn.NAME, ExportColumn.ACRONYM, ExportColumn.KIND, ExportColumn.LEGAL_FORM,
                ExportColumn.ADDRESS, ExportColumn.POSTAL_CODE, ExportColumn.TOWN, ExportColumn.COMMUNE_CODE,
                ExportColumn.WEBSITE, ExportColumn.EMAIL, ExportColumn.PHONE, ExportColumn.TAGS, ExportColumn.GROUPS,
                ExportColumn.CONTACTS, ExportColumn.NOTES, ExportColumn.UPDATED));
        int n = 0;
        for (Organisation o : t.organisations) {
            sheet.row(o.name(), o.acronym(), i18n.label(o.kind()), i18n.label(o.legalForm()), o.address(),
                    o.postalCode(), o.town(), o.communeCode(), o.website(), o.email(), o.phone(), Tags.format(o.tags()),
                    t.currentGroups(o.id()), t.contactNames(o.id()), o.notes(), o.updatedAt());
            check(++n, progress);
        }
        sheet.finish();
    }

    private void contacts(SheetWriter sheet, DirectoryTables t, String scope, String made, Progress progress) {
        sheet.titleBlock(i18n.t("partners.export.title.contacts"), scope, made);
        ContactColumns columns = new ContactColumns(i18n);
        sheet.header(columns.headers().stream().map(Column::of).toList());
        int n = 0;
        for (Contact c : t.contacts) {
            sheet.row(columns.row(c, t).toArray());
            check(++n, progress);
        }
        sheet.finish();
    }

    private void memberships(SheetWriter sheet, DirectoryTables t, String scope, String made) {
        sheet.titleBlock(i18n.t("partners.export.title.memberships"), scope, made);
        sheet.header(columns(ExportColumn.GROUP, ExportColumn.ORGANISATION, ExportColumn.ACRONYM, ExportColumn.ROLE,
                ExportColumn.JOINED, ExportColumn.LEFT, ExportColumn.STATUS, ExportColumn.REPRESENTATIVES));
        LocalDate today = LocalDate.now(clock);
        for (Membership m : t.memberships) {
            Organisation o = t.organisationsById.get(m.organisationId());
            WorkGroup g = t.groupsById.get(m.groupId());
            sheet.row(g == null ? "" : g.name(), o == null ? "" : o.name(), o == null ? "" : o.acronym(),
                    i18n.label(m.role()), m.joinedOn(), m.leftOn(),
                    i18n.t(m.activeOn(today) ? "partners.membership.current" : "partners.membership.former"),
                    t.representativeNames(m));
        }
        sheet.finish();
    }

    private List<Column> columns(ExportColumn... columns) {
        return java.util.Arrays.stream(columns).map(c -> Column.of(i18n.label(c))).toList();
    }

    /**
     * Writes the contacts of {@code directory} with their organisations (the columns of the workbook's
     * « Contacts » sheet) as a CSV file for French Excel: see {@link DirectoryCsvWriter}.
     */
    public void writeCsv(Directory directory, Path file, Progress progress) {
        new DirectoryCsvWriter(new ContactColumns(i18n)).write(new DirectoryTables(directory, clock), file, progress);
    }

    static void check(int n, Progress progress) {
        if (n % CHECK_EVERY == 0) {
            progress.checkCancelled();
        }
    }
}
