package fr.cress.relais.cli;

import fr.cress.relais.meetings.MeetingExportService;
import fr.cress.relais.meetings.MeetingsServices;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** What the meeting export commands share: which meeting (ID, next or last) and where to write. */
abstract class MeetingExportCommand implements Callable<Integer> {

    @ParentCommand
    ExportCommand parent;

    @Option(names = "--meeting", required = true, paramLabel = "ID|next|last",
            description = "La réunion : son numéro, « next » (la prochaine) ou « last » (la dernière tenue).")
    String meeting;

    @Option(names = "--out", required = true, paramLabel = "FICHIER", description = "Le fichier à écrire.")
    Path out;

    abstract MeetingExportService.Kind kind(Path file);

    abstract String doneKey();

    @Override
    public Integer call() {
        CliContext ctx = parent.cli.context();
        MeetingsServices services = ctx.relais().meetings().services();
        long id = services.meetings().resolve(meeting);
        Path file = services.exports().write(id, kind(out), out);
        ctx.out().println(ctx.i18n().t(doneKey(), file.toAbsolutePath()));
        return ExitCodes.OK;
    }
}
