package fr.cress.relais.cli;

import fr.cress.relais.meetings.MeetingExportService;
import picocli.CommandLine.Command;

import java.nio.file.Path;

/** {@code relais export meeting --meeting ID|next|last --out FILE.xlsx}: the meeting pack. */
@Command(name = "meeting", description = "Écrit le dossier d'une réunion (.xlsx) : ordre du jour, invités, "
        + "feuille d'émargement et actions en cours.")
final class ExportMeetingCommand extends MeetingExportCommand {

    @Override
    MeetingExportService.Kind kind(Path file) {
        return MeetingExportService.Kind.PACK;
    }

    @Override
    String doneKey() {
        return "meetings.cli.pack";
    }
}
