package fr.cress.relais.meetings.export;

import fr.cress.relais.common.text.Formats;
import fr.cress.relais.exchange.xlsx.SheetWriter;
import fr.cress.relais.meetings.MeetingFile;
import fr.cress.relais.meetings.MeetingTexts;

import java.time.LocalDate;

/** The title block every sheet of a meeting file starts with: what, which meeting, when and where, by whom. */
final class Heading {

    private Heading() {
    }

    static void write(SheetWriter sheet, MeetingTexts texts, MeetingFile f, String what, LocalDate today,
                      String organiser) {
        var i18n = texts.i18n();
        sheet.titleBlock(i18n.t("meetings.file.title", what, f.meeting().title()),
                i18n.t("meetings.file.whenWhere", texts.when(f.meeting()), texts.where(f.meeting())),
                organiser == null ? i18n.t("meetings.file.exported", Formats.date(today))
                        : i18n.t("meetings.file.exportedBy", Formats.date(today), organiser));
    }
}
