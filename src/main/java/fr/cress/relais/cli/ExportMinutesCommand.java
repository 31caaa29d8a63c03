package fr.cress.relais.cli;

import fr.cress.relais.meetings.MeetingExportService;
import picocli.CommandLine.Command;

import java.nio.file.Path;
import java.util.Locale;

/** {@code relais export minutes --meeting ID|next|last --out FILE.pdf|FILE.xlsx}: the minutes. */
@Command(name = "minutes", description = "Écrit le compte rendu d'une réunion, en PDF (.pdf) ou en classeur (.xlsx) "
        + "selon l'extension du fichier.")
final class ExportMinutesCommand extends MeetingExportCommand {

    @Override
    MeetingExportService.Kind kind(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".xlsx") ? MeetingExportService.Kind.MINUTES_XLSX : MeetingExportService.Kind.MINUTES_PDF;
    }

    @Override
    String doneKey() {
        return "meetings.cli.minutes";
    }
}
