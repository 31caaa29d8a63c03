package fr.cress.relais.meetings.export;

import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.text.Formats;
import fr.cress.relais.exchange.xlsx.Cell;
import fr.cress.relais.exchange.xlsx.Column;
import fr.cress.relais.exchange.xlsx.SheetWriter;
import fr.cress.relais.exchange.xlsx.XlsxWorkbook;
import fr.cress.relais.meetings.ActionItem;
import fr.cress.relais.meetings.AgendaItem;
import fr.cress.relais.meetings.Invitee;
import fr.cress.relais.meetings.MeetingFile;
import fr.cress.relais.meetings.MeetingTexts;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;

/**
 * The meeting pack sent before a meeting and printed for it: the agenda, the invitees, the attendance sheet
 * to sign (wide rows, printed grid, A4 portrait) and the action items still open.
 */
public final class MeetingPackWriter {

    /** Empty lines at the end of the attendance sheet, for people who come unannounced. */
    static final int SPARE_SIGNATURE_ROWS = 4;
    /** Height of a row of the attendance sheet: room for a signature. */
    static final float SIGNATURE_ROW_POINTS = 34f;

    private final MeetingTexts texts;
    private final I18n i18n;
    private final LocalDate today;
    private final String organiser;

    public MeetingPackWriter(MeetingTexts texts, LocalDate today, String organiser) {
        this.texts = texts;
        this.i18n = texts.i18n();
        this.today = today;
        this.organiser = organiser;
    }

    public void write(MeetingFile f, Path file) throws IOException {
        try (XlsxWorkbook book = XlsxWorkbook.report()) {
            agenda(book.sheet(i18n.t("meetings.pack.agenda"), false), f);
            invitees(book.sheet(i18n.t("meetings.pack.invitees"), false), f);
            signatures(book.sheet(i18n.t("meetings.pack.signatures"), false), f);
            openItems(book.sheet(i18n.t("meetings.pack.openItems"), false), f, f.openCarriedItems(),
                    i18n.t("meetings.pack.openItems"), today);
            book.save(file);
        }
    }

    private void agenda(SheetWriter sheet, MeetingFile f) {
        Heading.write(sheet, texts, f, i18n.t("meetings.pack.agenda"), today, organiser);
        sheet.header(Column.of(i18n.t("meetings.col.rank"), 5), Column.of(i18n.t("meetings.col.time"), 8),
                Column.of(i18n.t("meetings.col.point"), 40), Column.of(i18n.t("meetings.col.presenter"), 18),
                Column.of(i18n.t("meetings.col.minutes"), 9), Column.of(i18n.t("meetings.col.notes"), 40));
        LocalTime time = f.meeting().startsAt().toLocalTime();
        int first = sheet.nextExcelRow();
        for (AgendaItem item : f.agenda()) {
            String notes = item.followUp()
                    ? i18n.t("meetings.pack.followUpNote", f.openCarriedItems().size(), i18n.t("meetings.pack.openItems"))
                    : item.notes();
            sheet.row(item.rank(), Formats.time(time), Cell.wrapped(item.title()), item.presenterName(),
                    item.durationMinutes(), notes == null ? null : Cell.wrapped(notes));
            time = time.plusMinutes(item.durationMinutes() == null ? 0 : item.durationMinutes());
        }
        int last = sheet.nextExcelRow() - 1;
        if (last >= first) {
            sheet.totalRow(i18n.t("meetings.pack.totalDuration"), null, null, null,
                    Cell.formula("SUM(E" + first + ":E" + last + ")", Cell.Style.INTEGER));
        }
        sheet.finish();
    }

    private void invitees(SheetWriter sheet, MeetingFile f) {
        Heading.write(sheet, texts, f, i18n.t("meetings.pack.invitees"), today, organiser);
        sheet.header(Column.of(i18n.t("meetings.col.organisation"), 26), Column.of(i18n.t("meetings.col.person"), 26),
                Column.of(i18n.t("meetings.col.email"), 36));
        for (Invitee i : f.invitees()) {
            sheet.row(i.organisationLabel(), i.personName(), i.email());
        }
        sheet.finish();
    }

    private void signatures(SheetWriter sheet, MeetingFile f) {
        Heading.write(sheet, texts, f, i18n.t("meetings.pack.signatures"), today, organiser);
        sheet.header(Column.of(i18n.t("meetings.col.organisation"), 26), Column.of(i18n.t("meetings.col.person"), 26),
                Column.of(i18n.t("meetings.col.signature"), 40));
        sheet.rowHeight(SIGNATURE_ROW_POINTS).printGridlines();
        for (Invitee i : f.invitees()) {
            sheet.row(i.organisationLabel(), i.personName(), null);
        }
        for (int n = 0; n < SPARE_SIGNATURE_ROWS; n++) {
            sheet.row("", "", null);
        }
        sheet.finish();
    }

    /** The table of action items as they stood on {@code asOf}; shared with the minutes workbook. */
    void openItems(SheetWriter sheet, MeetingFile f, List<ActionItem> items, String what, LocalDate asOf) {
        Heading.write(sheet, texts, f, what, today, organiser);
        sheet.header(Column.of(i18n.t("meetings.col.item"), 44), Column.of(i18n.t("meetings.col.owner"), 26),
                Column.of(i18n.t("meetings.col.due"), 11), Column.of(i18n.t("meetings.col.decidedOn"), 11),
                Column.of(i18n.t("meetings.col.status"), 18), Column.of(i18n.t("meetings.col.overdue"), 9));
        items.stream().sorted(Comparator.comparing(ActionItem::dueDate, Comparator.nullsLast(Comparator.naturalOrder())))
                .forEach(i -> sheet.row(Cell.wrapped(i.title()), i.owner(), i.dueDate(),
                        i.meetingStart().toLocalDate(), texts.statusAt(i, asOf, f.meeting().id()),
                        i.openAt(asOf, f.meeting().id()) && i.dueDate() != null && i.dueDate().isBefore(asOf)));
        sheet.finish();
    }
}
