package fr.cress.relais.meetings.export;

import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.text.Formats;
import fr.cress.relais.meetings.ActionItem;
import fr.cress.relais.meetings.MeetingTexts;

import java.awt.Color;
import java.time.LocalDate;
import java.util.List;

/** The table of action items in the minutes: what, who, by when, and the status as it stood at the meeting. */
final class PdfItemTable {

    private static final Color HEADER_FILL = new Color(232, 236, 240);
    private static final Color BORDER = new Color(190, 195, 200);

    private final MeetingTexts texts;
    private final I18n i18n;
    private final PdfStyle style;

    PdfItemTable(MeetingTexts texts, PdfStyle style) {
        this.texts = texts;
        this.i18n = texts.i18n();
        this.style = style;
    }

    /** Items as they stood on {@code day}, the day of meeting {@code meetingId}; the header repeats on each page. */
    PdfPTable table(List<ActionItem> items, LocalDate day, long meetingId) {
        PdfPTable table = new PdfPTable(new float[]{5.2f, 3f, 1.7f, 2.4f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        table.setSpacingAfter(4);
        table.setHeaderRows(1);
        for (String h : List.of("meetings.col.item", "meetings.col.owner", "meetings.col.due", "meetings.col.status")) {
            PdfPCell cell = cell(i18n.t(h), style.strong);
            cell.setBackgroundColor(HEADER_FILL);
            table.addCell(cell);
        }
        String overdue = i18n.t("meetings.itemStatus.overdue");
        for (ActionItem i : items) {
            table.addCell(cell(i.title(), style.small));
            table.addCell(cell(i.owner(), style.small));
            table.addCell(cell(Formats.date(i.dueDate()), style.small));
            String status = texts.statusAt(i, day, meetingId);
            table.addCell(cell(status, status.equals(overdue) ? style.smallStrong : style.small));
        }
        return table;
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
        cell.setPadding(4);
        cell.setBorderColor(BORDER);
        return cell;
    }
}
