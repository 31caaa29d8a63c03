package fr.cress.relais.cli;

import fr.cress.relais.common.settings.DataLocations;
import fr.cress.relais.safety.BackupLabels;
import fr.cress.relais.safety.BackupService;
import fr.cress.relais.safety.RestoreResult;
import fr.cress.relais.safety.RestoreService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code relais restore FILE}: verifies the backup, keeps the current data as a backup, then restores.
 * Exit 3 when the file is not a usable backup, 4 when another Relais holds the store open.
 */
@Command(name = "restore", description = "Remplace les données par celles d'une sauvegarde .zip, vérifiée d'abord ; "
        + "les données remplacées sont gardées dans backups/ (code 3 si le fichier n'est pas une sauvegarde utilisable, "
        + "4 si un autre Relais les tient ouvertes).")
final class RestoreCommand implements Callable<Integer> {

    @ParentCommand
    private Cli cli;

    @Parameters(index = "0", paramLabel = "FICHIER", description = "La sauvegarde .zip à restaurer.")
    Path file;

    @Override
    public Integer call() {
        CliContext ctx = cli.context();
        ctx.requireEmbedded();
        DataLocations locations = ctx.locations();
        RestoreService restore = new RestoreService(locations, new BackupService(locations, ctx.clock()));
        RestoreResult result = restore.restore(file);
        BackupLabels labels = new BackupLabels(ctx.i18n());
        String when = labels.when(result.restored().backup().takenAt());
        ctx.out().println(ctx.i18n().t("safety.cli.restore.done", when, locations.storeFile() + ".mv.db"));
        result.replacedKeptIn().ifPresent(kept ->
                ctx.out().println(ctx.i18n().t("safety.cli.restore.kept", kept.path().toAbsolutePath())));
        return ExitCodes.OK;
    }
}
