package fr.cress.relais.meetings;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import fr.cress.relais.app.Relais;
import fr.cress.relais.meetings.MeetingExportService.Kind;
import fr.cress.relais.testing.TestStores;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The files of a meeting, read back as partners' programs read them (ical4j, POI, a PDF reader). */
class MeetingFilesTest {

    @TempDir
    Path dir;

    private Relais relais;
    private MeetingsServices s;

    @BeforeEach
    void open() {
        relais = TestStores.demoRelais(dir);
        s = relais.meetings().services();
    }

    @AfterEach
    void close() {
        relais.close();
    }

    @Test
    void theInvitationIsValidICalendarInParisTimeAcrossTheDaylightSavingChange() throws Exception {
        long group = s.meetings().next().orElseThrow().groupId();
        long saturday = meeting(group, LocalDateTime.of(2026, 3, 28, 14, 30));
        long monday = meeting(group, LocalDateTime.of(2026, 3, 30, 14, 30));

        VEvent before = event(ics(saturday, "samedi.ics"));
        VEvent after = event(ics(monday, "lundi.ics"));

        assertThat(instant(before)).isEqualTo(Instant.parse("2026-03-28T13:30:00Z"));
        assertThat(instant(after)).isEqualTo(Instant.parse("2026-03-30T12:30:00Z"));
        String text = Files.readString(dir.resolve("samedi.ics"));
        assertThat(text).contains("DTSTART;TZID=Europe/Paris:20260328T143000", "BEGIN:VTIMEZONE", "TZID:Europe/Paris",
                "METHOD:REQUEST", "ORGANIZER;CN=Claire Lemonnier:mailto:claire.lemonnier@cress.example.org", "DTSTAMP:",
                "\r\n");
        assertThat(before.getDateTimeStart().getParameter(Parameter.TZID).orElseThrow().getValue())
                .isEqualTo("Europe/Paris");
        int invitedWithEmail = s.meetings().load(saturday).emails().size();
        assertThat(before.getProperties(Property.ATTENDEE)).hasSize(invitedWithEmail).hasSizeGreaterThan(10);
    }

    @Test
    void aLaterChangeUpdatesTheSameEvent() throws Exception {
        long id = s.meetings().next().orElseThrow().id();
        VEvent first = event(ics(id, "a.ics"));
        VEvent again = event(ics(id, "b.ics"));
        assertThat(uid(again)).isEqualTo(uid(first));
        assertThat(sequence(again)).isEqualTo(sequence(first));

        Meeting m = s.meetings().load(id).meeting();
        s.meetings().update(id, m.version(), new MeetingDraft(m.groupId(), m.title(), m.startsAt().plusDays(7),
                m.endsAt().plusDays(7), "Maison des associations, Caen", null, m.status(), null, List.of()));
        VEvent moved = event(ics(id, "c.ics"));
        assertThat(uid(moved)).isEqualTo(uid(first));
        assertThat(sequence(moved)).isEqualTo(sequence(first) + 1);
        assertThat(moved.getLocation().getValue()).isEqualTo("Maison des associations, Caen");
    }

    @Test
    void theMeetingPackPrintsOnA4WithRepeatedHeadersAndRoomToSign() throws Exception {
        long id = s.meetings().next().orElseThrow().id();
        Path file = s.exports().write(id, Kind.PACK, dir.resolve("Dossier.xlsx"));
        MeetingFile f = s.meetings().load(id);
        try (Workbook wb = WorkbookFactory.create(file.toFile())) {
            assertThat(IntStream.range(0, wb.getNumberOfSheets()).mapToObj(wb::getSheetName))
                    .containsExactly("Ordre du jour", "Invités", "Feuille d’émargement", "Actions en cours");
            for (Sheet sheet : wb) {
                assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
                assertThat(sheet.getPrintSetup().getLandscape()).isFalse();
                assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
                assertThat(sheet.getRepeatingRows()).isNotNull();
                assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains(f.meeting().title());
            }
            Sheet signatures = wb.getSheet("Feuille d’émargement");
            int header = signatures.getRepeatingRows().getFirstRow();
            assertThat(signatures.getRow(header).getCell(2).getStringCellValue()).isEqualTo("Signature");
            assertThat(signatures.getColumnWidth(2)).isGreaterThanOrEqualTo(35 * 256);
            assertThat(signatures.isPrintGridlines()).isTrue();
            Row firstPerson = signatures.getRow(header + 1);
            assertThat(firstPerson.getHeightInPoints()).isGreaterThanOrEqualTo(30f);
            assertThat(firstPerson.getCell(2) == null || firstPerson.getCell(2).getStringCellValue().isEmpty()).isTrue();
            assertThat(signatures.getLastRowNum() - header).isEqualTo(f.invitees().size() + 4);

            Sheet agenda = wb.getSheet("Ordre du jour");
            int agendaHeader = agenda.getRepeatingRows().getFirstRow();
            assertThat(agenda.getRow(agendaHeader + 1).getCell(2).getStringCellValue()).isEqualTo("Suivi des actions");
            assertThat(agenda.getRow(agendaHeader + 1).getCell(1).getStringCellValue()).isEqualTo("14:00");
            Row total = agenda.getRow(agendaHeader + f.agenda().size() + 1);
            assertThat(total.getCell(4).getCellFormula()).startsWith("SUM(E");
            assertThat(total.getCell(4).getNumericCellValue()).isEqualTo(
                    f.agenda().stream().mapToInt(a -> a.durationMinutes() == null ? 0 : a.durationMinutes()).sum());

            Sheet items = wb.getSheet("Actions en cours");
            int itemsHeader = items.getRepeatingRows().getFirstRow();
            assertThat(items.getLastRowNum() - itemsHeader).isEqualTo(f.openCarriedItems().size());
            assertThat(items.getRow(itemsHeader + 1).getCell(2).getLocalDateTimeCellValue().toLocalDate())
                    .isBefore(LocalDate.of(2010, 12, 31));
            assertThat(items.getColumnWidth(0)).isGreaterThanOrEqualTo(40 * 256);
        }
    }

    @Test
    void theMinutesReadAsAWorkbookAndAsAPdfWithPageNumbers() throws Exception {
        MeetingSummary july = s.meetings().list().stream()
                .filter(m -> m.startsAt().toLocalDate().equals(LocalDate.of(2008, 7, 17))).findFirst().orElseThrow();
        Path xlsx = s.exports().write(july.id(), Kind.MINUTES_XLSX, dir.resolve("CR.xlsx"));
        try (Workbook wb = WorkbookFactory.create(xlsx.toFile())) {
            assertThat(IntStream.range(0, wb.getNumberOfSheets()).mapToObj(wb::getSheetName))
                    .containsExactly("Compte rendu", "Présences", "Relevé de décisions", "Actions à suivre");
        }
        Path pdf = s.exports().write(july.id(), Kind.MINUTES_PDF, dir.resolve("CR.pdf"));
        PdfReader reader = new PdfReader(pdf.toString());
        try {
            int pages = reader.getNumberOfPages();
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            String first = extractor.getTextFromPage(1);
            assertThat(first).contains("présentation de « la fabrique à initiatives »", "jeudi 17 juillet 2008",
                    "Présents", "Page 1 / " + pages);
            StringBuilder all = new StringBuilder();
            for (int p = 1; p <= pages; p++) {
                all.append(extractor.getTextFromPage(p));
            }
            assertThat(all.toString()).contains("Relevé de décisions", "Actions à suivre", "AVISE",
                    "s’appuyer sur les acteurs existants");
        } finally {
            reader.close();
        }
    }

    @Test
    void theEmailDraftGoesToEveryInviteeInBlindCopy() {
        long id = s.meetings().next().orElseThrow().id();
        String uri = s.exports().mailDraft(id).toString();
        MeetingFile f = s.meetings().load(id);
        assertThat(uri).startsWith("mailto:claire.lemonnier%40cress.example.org?bcc=").contains("&subject=", "&body=")
                .doesNotContain("+", " ");
        f.emails().forEach(e -> assertThat(uri).contains(e.replace("@", "%40")));
    }

    @Test
    void fileNamesAreSafeOnEverySystem() {
        MeetingSummary m = s.meetings().next().orElseThrow();
        String name = s.exports().fileName(m, Kind.PACK);
        assertThat(name).startsWith("Dossier de réunion 20").endsWith(".xlsx").doesNotContain(":", "/", "\\", "?", "*", "\"");
    }

    private long meeting(long group, LocalDateTime start) {
        return s.meetings().create(new MeetingDraft(group, "Réunion du " + start.toLocalDate(), start,
                start.plusHours(2), "CRESS, Caen", null, MeetingStatus.PLANNED, null, List.of()), List.of());
    }

    private Calendar ics(long id, String name) throws Exception {
        Path file = s.exports().write(id, Kind.ICS, dir.resolve(name));
        return new CalendarBuilder().build(new StringReader(Files.readString(file)));
    }

    private static VEvent event(Calendar calendar) {
        return (VEvent) calendar.getComponent(Component.VEVENT).orElseThrow();
    }

    private static Instant instant(VEvent event) {
        return Instant.from(event.getDateTimeStart().getDate());
    }

    private static String uid(VEvent event) {
        return event.getUid().orElseThrow().getValue();
    }

    private static int sequence(VEvent event) {
        return Integer.parseInt(event.getProperty(Property.SEQUENCE).orElseThrow().getValue());
    }
}
