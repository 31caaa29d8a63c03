package fr.cress.relais.cli;

import fr.cress.relais.meetings.MeetingExportService;
import picocli.CommandLine.Command;

import java.nio.file.Path;

/** {@code relais export ics --meeting ID|next|last --out FILE.ics}: the calendar invitation. */
@Command(name = "ics", description = "Écrit l'invitation d'une réunion au format iCalendar (.ics), "
        + "qui met à jour le même événement si la réunion change.")
final class ExportIcsCommand extends MeetingExportCommand {

    @Override
    MeetingExportService.Kind kind(Path file) {
        return MeetingExportService.Kind.ICS;
    }

    @Override
    String doneKey() {
        return "meetings.cli.ics";
    }
}
