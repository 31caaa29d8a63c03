package fr.cress.relais.cli;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;

import static fr.cress.relais.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code relais export meeting | ics | minutes --meeting ID|next|last --out FILE}. */
class MeetingExportCommandsTest {

    @TempDir
    Path dataDir;

    @BeforeEach
    void demo() {
        assertThat(run("--data-dir", dataDir.toString(), "demo").code()).isZero();
    }

    @Test
    void theNextMeetingPackAndInvitationAreWritten() throws Exception {
        Path pack = dataDir.resolve("out").resolve("Dossier.xlsx");
        CliTest.Run written = run("--data-dir", dataDir.toString(), "export", "meeting", "--meeting", "next",
                "--out", pack.toString());
        assertThat(written.code()).isZero();
        assertThat(written.out()).contains("Dossier de réunion écrit");
        try (Workbook wb = WorkbookFactory.create(pack.toFile())) {
            assertThat(wb.getSheetName(2)).isEqualTo("Feuille d’émargement");
        }

        Path ics = dataDir.resolve("invitation.ics");
        assertThat(run("--data-dir", dataDir.toString(), "export", "ics", "--meeting", "next", "--out",
                ics.toString()).code()).isZero();
        Calendar calendar = new CalendarBuilder().build(new StringReader(Files.readString(ics)));
        assertThat(calendar.getComponent(Component.VEVENT)).isPresent();
    }

    @Test
    void theLastMinutesAreWrittenAsPdfOrWorkbookByExtension() throws Exception {
        Path pdf = dataDir.resolve("CR.pdf");
        Path xlsx = dataDir.resolve("CR.xlsx");
        assertThat(run("--data-dir", dataDir.toString(), "export", "minutes", "--meeting", "last", "--out",
                pdf.toString()).code()).isZero();
        assertThat(run("--data-dir", dataDir.toString(), "export", "minutes", "--meeting", "last", "--out",
                xlsx.toString()).code()).isZero();
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes());
        try (Workbook wb = WorkbookFactory.create(xlsx.toFile())) {
            assertThat(wb.getSheetName(0)).isEqualTo("Compte rendu");
        }
    }

    @Test
    void anUnknownMeetingIsABadInputWithAFrenchMessage() {
        Path out = dataDir.resolve("x.ics");
        CliTest.Run refused = run("--data-dir", dataDir.toString(), "export", "ics", "--meeting", "999999", "--out",
                out.toString());
        assertThat(refused.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(refused.err()).contains("Aucune réunion ne correspond à « 999999 »");
        assertThat(out).doesNotExist();
        assertThat(run("--data-dir", dataDir.toString(), "export", "ics", "--out", out.toString()).code())
                .isEqualTo(ExitCodes.USAGE);
    }
}
