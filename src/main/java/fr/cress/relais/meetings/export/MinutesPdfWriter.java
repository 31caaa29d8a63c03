package fr.cress.relais.meetings.export;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.meetings.ActionItem;
import fr.cress.relais.meetings.AgendaItem;
import fr.cress.relais.meetings.Attendance;
import fr.cress.relais.meetings.Decision;
import fr.cress.relais.meetings.Invitee;
import fr.cress.relais.meetings.MeetingFile;
import fr.cress.relais.meetings.MeetingTexts;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The minutes as a PDF a partner can read and print: title, date and place, attendance, the minutes of each
 * point with its decisions, the decisions register and the table of action items; page numbers at the foot.
 */
public final class MinutesPdfWriter {

    private final MeetingTexts texts;
    private final I18n i18n;
    private final LocalDate today;
    private final String organiser;
    private PdfStyle style;

    public MinutesPdfWriter(MeetingTexts texts, LocalDate today, String organiser) {
        this.texts = texts;
        this.i18n = texts.i18n();
        this.today = today;
        this.organiser = organiser;
    }

    /** Writes through a temporary file, so a failure never leaves half a document. */
    public void write(MeetingFile f, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempFile(parent, ".relais-", ".pdf.tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                write(f, out);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    void write(MeetingFile f, OutputStream out) throws IOException {
        style = new PdfStyle();
        Document doc = new Document(PageSize.A4, 56, 56, 50, 64);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(i18n.locale().toLanguageTag()));
            writer.setPageEvent(new PageFooter(style.base, shorten(f.meeting().title(), 80),
                    page -> i18n.t("meetings.pdf.page", String.valueOf(page))));
            doc.addTitle(i18n.t("meetings.file.title", i18n.t("meetings.minutes.sheet"), f.meeting().title()));
            doc.addAuthor(organiser == null ? "Relais" : organiser);
            doc.addCreator("Relais");
            doc.open();
            header(doc, f);
            attendance(doc, f);
            points(doc, f);
            decisions(doc, f);
            items(doc, f);
            doc.close();
        } catch (DocumentException e) {
            throw new IOException(e);
        }
    }

    private void header(Document doc, MeetingFile f) {
        add(doc, new Paragraph(i18n.t("meetings.minutes.sheet").toUpperCase(i18n.locale()), style.muted));
        Paragraph title = new Paragraph(f.meeting().title(), style.title);
        title.setSpacingAfter(4);
        add(doc, title);
        add(doc, new Paragraph(texts.when(f.meeting()), style.body));
        add(doc, new Paragraph(texts.where(f.meeting()), style.body));
        if (f.meeting().groupName() != null) {
            add(doc, new Paragraph(i18n.t("meetings.pdf.group", f.meeting().groupName()), style.muted));
        }
    }

    private void attendance(Document doc, MeetingFile f) {
        heading(doc, i18n.t("meetings.pdf.attendance"));
        for (Attendance a : List.of(Attendance.PRESENT, Attendance.REPRESENTED, Attendance.EXCUSED,
                Attendance.ABSENT, Attendance.UNKNOWN)) {
            List<Invitee> who = f.invitees().stream().filter(i -> i.attendance() == a).toList();
            if (!who.isEmpty()) {
                Paragraph p = new Paragraph();
                p.add(new Chunk(i18n.t(attendanceKey(a)) + " ", style.strong));
                p.add(new Chunk(who.stream().map(this::person).collect(Collectors.joining(" ; ")) + ".", style.body));
                p.setSpacingAfter(3);
                add(doc, p);
            }
        }
    }

    private static String attendanceKey(Attendance a) {
        return switch (a) {
            case PRESENT -> "meetings.pdf.present";
            case REPRESENTED -> "meetings.pdf.represented";
            case EXCUSED -> "meetings.pdf.excused";
            case ABSENT -> "meetings.pdf.absent";
            case UNKNOWN -> "meetings.pdf.invited";
        };
    }

    private String person(Invitee i) {
        String org = i.organisationLabel();
        String name = i.personName();
        String who = org.isEmpty() ? name : name.isEmpty() ? org : org + " (" + name + ")";
        return i.attendance() == Attendance.REPRESENTED && i.representedByName() != null
                ? i18n.t("meetings.pdf.representedBy", who, i.representedByName()) : who;
    }

    private void points(Document doc, MeetingFile f) {
        heading(doc, i18n.t("meetings.pdf.points"));
        for (AgendaItem item : f.agenda()) {
            Paragraph title = new Paragraph(item.rank() + ". " + item.title(), style.strong);
            title.setSpacingBefore(8);
            title.setKeepTogether(true);
            add(doc, title);
            String meta = Stream.of(item.presenterName() == null ? null
                            : i18n.t("meetings.pdf.presentedBy", item.presenterName()), texts.duration(item.durationMinutes()))
                    .filter(s -> s != null && !s.isEmpty()).collect(Collectors.joining(" · "));
            if (!meta.isEmpty()) {
                add(doc, new Paragraph(meta, style.muted));
            }
            if (item.minutes() != null) {
                for (String para : item.minutes().split("\\n\\s*\\n")) {
                    Paragraph p = new Paragraph(para.strip(), style.body);
                    p.setSpacingBefore(3);
                    p.setLeading(13.5f);
                    add(doc, p);
                }
            }
            if (item.followUp()) {
                add(doc, itemTable(f.carriedItems(), i18n.t("meetings.pdf.noCarried"), f));
            }
            f.decisions().stream().filter(d -> Objects.equals(d.agendaItemId(), item.id()))
                    .forEach(d -> add(doc, decision(d)));
        }
    }

    private Paragraph decision(Decision d) {
        Paragraph p = new Paragraph();
        p.add(new Chunk(i18n.t("meetings.pdf.decision") + " ", style.strong));
        p.add(new Chunk(d.text(), style.body));
        p.setIndentationLeft(14);
        p.setSpacingBefore(4);
        return p;
    }

    private void decisions(Document doc, MeetingFile f) {
        heading(doc, i18n.t("meetings.minutes.decisions"));
        if (f.decisions().isEmpty()) {
            add(doc, new Paragraph(i18n.t("meetings.pdf.noDecision"), style.muted));
        }
        int n = 1;
        for (Decision d : f.decisions()) {
            Paragraph p = new Paragraph(n++ + ". " + d.text(), style.body);
            p.setIndentationLeft(14);
            p.setFirstLineIndent(-14);
            p.setSpacingAfter(3);
            add(doc, p);
        }
    }

    /** Items left open when the meeting ended: earlier ones not closed there, and the new ones. */
    private void items(Document doc, MeetingFile f) {
        heading(doc, i18n.t("meetings.pdf.items"));
        LocalDate day = asOf(f);
        List<ActionItem> items = Stream.concat(f.carriedItems().stream(), f.newItems().stream())
                .filter(i -> i.openAt(day, f.meeting().id()))
                .toList();
        add(doc, itemTable(items, i18n.t("meetings.pdf.noItem"), f));
    }

    /** The day the minutes speak of: the meeting's, or today for a meeting still to come. */
    private LocalDate asOf(MeetingFile f) {
        return f.meeting().date().isAfter(today) ? today : f.meeting().date();
    }

    private Element itemTable(List<ActionItem> items, String empty, MeetingFile f) {
        if (items.isEmpty()) {
            return new Paragraph(empty, style.muted);
        }
        return new PdfItemTable(texts, style).table(items, asOf(f), f.meeting().id());
    }

    private void heading(Document doc, String text) {
        Paragraph p = new Paragraph(text, style.heading);
        p.setSpacingBefore(14);
        p.setSpacingAfter(4);
        add(doc, p);
    }

    private static void add(Document doc, Element element) {
        doc.add(element);
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
