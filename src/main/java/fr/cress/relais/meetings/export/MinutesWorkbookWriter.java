package fr.cress.relais.meetings.export;

import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.exchange.xlsx.Cell;
import fr.cress.relais.exchange.xlsx.Column;
import fr.cress.relais.exchange.xlsx.SheetWriter;
import fr.cress.relais.exchange.xlsx.XlsxWorkbook;
import fr.cress.relais.meetings.ActionItem;
import fr.cress.relais.meetings.AgendaItem;
import fr.cress.relais.meetings.Decision;
import fr.cress.relais.meetings.Invitee;
import fr.cress.relais.meetings.MeetingFile;
import fr.cress.relais.meetings.MeetingTexts;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/** The minutes as a workbook: minutes per point, attendance, decisions, and the action items to follow. */
public final class MinutesWorkbookWriter {

    private final MeetingTexts texts;
    private final I18n i18n;
    private final LocalDate today;
    private final String organiser;

    public MinutesWorkbookWriter(MeetingTexts texts, LocalDate today, String organiser) {
        this.texts = texts;
        this.i18n = texts.i18n();
        this.today = today;
        this.organiser = organiser;
    }

    public void write(MeetingFile f, Path file) throws IOException {
        try (XlsxWorkbook book = XlsxWorkbook.report()) {
            minutes(book.sheet(i18n.t("meetings.minutes.sheet"), false), f);
            attendance(book.sheet(i18n.t("meetings.minutes.attendance"), false), f);
            decisions(book.sheet(i18n.t("meetings.minutes.decisions"), false), f);
            LocalDate asOf = f.meeting().date().isAfter(today) ? today : f.meeting().date();
            List<ActionItem> items = Stream.concat(f.carriedItems().stream(), f.newItems().stream()).toList();
            new MeetingPackWriter(texts, today, organiser)
                    .openItems(book.sheet(i18n.t("meetings.minutes.items"), false), f, items,
                            i18n.t("meetings.minutes.items"), asOf);
            book.save(file);
        }
    }

    private void minutes(SheetWriter sheet, MeetingFile f) {
        Heading.write(sheet, texts, f, i18n.t("meetings.minutes.sheet"), today, organiser);
        sheet.header(Column.of(i18n.t("meetings.col.rank"), 5), Column.of(i18n.t("meetings.col.point"), 30),
                Column.of(i18n.t("meetings.col.presenter"), 16), Column.of(i18n.t("meetings.col.minutesText"), 70));
        for (AgendaItem item : f.agenda()) {
            sheet.row(item.rank(), Cell.wrapped(item.title()), item.presenterName(),
                    item.minutes() == null ? null : Cell.wrapped(item.minutes()));
        }
        sheet.finish();
    }

    private void attendance(SheetWriter sheet, MeetingFile f) {
        Heading.write(sheet, texts, f, i18n.t("meetings.minutes.attendance"), today, organiser);
        sheet.header(Column.of(i18n.t("meetings.col.organisation"), 26), Column.of(i18n.t("meetings.col.person"), 26),
                Column.of(i18n.t("meetings.col.attendance"), 34));
        for (Invitee i : f.invitees()) {
            sheet.row(i.organisationLabel(), i.personName(), texts.attendance(i));
        }
        sheet.finish();
    }

    private void decisions(SheetWriter sheet, MeetingFile f) {
        Heading.write(sheet, texts, f, i18n.t("meetings.minutes.decisions"), today, organiser);
        sheet.header(Column.of(i18n.t("meetings.col.point"), 30), Column.of(i18n.t("meetings.col.decision"), 80));
        for (Decision d : f.decisions()) {
            sheet.row(d.agendaTitle() == null ? null : Cell.wrapped(d.agendaTitle()), Cell.wrapped(d.text()));
        }
        sheet.finish();
    }
}
