package fr.cress.relais.cli;

import fr.cress.relais.app.Relais;
import fr.cress.relais.db.StoreUnavailableException;
import fr.cress.relais.safety.BackupFile;
import fr.cress.relais.safety.BackupLabels;
import fr.cress.relais.safety.BackupReason;
import fr.cress.relais.safety.BackupService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code relais backup [--out FILE]}: a consistent backup of the store (H2 BACKUP TO). Commands do not back up
 * on their own (only before a migration); this is the way to do it from a script.
 */
@Command(name = "backup", description = "Sauvegarde les données dans un fichier .zip (par défaut dans le dossier backups/ des données).")
final class BackupCommand implements Callable<Integer> {

    @ParentCommand
    private Cli cli;

    @Option(names = "--out", paramLabel = "FICHIER",
            description = "Fichier .zip où écrire la sauvegarde, ou dossier (le nom est alors choisi par Relais).")
    Path out;

    @Override
    public Integer call() {
        CliContext ctx = cli.context();
        ctx.server().ifPresent(server -> {
            throw new StoreUnavailableException(null, "common.server.noBackup", server.display());
        });
        Relais relais = ctx.relais();
        BackupService backups = relais.backups();
        BackupFile backup;
        if (out == null) {
            backup = backups.create(relais.store(), BackupReason.MANUAL);
        } else {
            boolean folder = Files.isDirectory(out) || !out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".zip");
            Path target = folder ? out.resolve(backups.suggestedName(BackupReason.MANUAL)) : out;
            backup = backups.createAt(relais.store(), target);
        }
        BackupLabels labels = new BackupLabels(ctx.i18n());
        ctx.out().println(ctx.i18n().t("safety.cli.backup.done", backup.path().toAbsolutePath(), labels.size(backup.size())));
        return ExitCodes.OK;
    }
}
