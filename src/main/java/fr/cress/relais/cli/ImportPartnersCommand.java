package fr.cress.relais.cli;

import fr.cress.relais.common.concurrent.Progress;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.partners.importing.ImportCounts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code relais import partners FILE}: organisations and contacts from an .xlsx or .csv, all or nothing. */
@Command(name = "partners", description = {
        "Importe des organisations, des contacts et des adhésions depuis un fichier .xlsx ou .csv (tout ou rien).",
        "Affiche le nombre de créations, mises à jour, doublons ignorés et erreurs ; code 3 si le fichier est refusé."})
final class ImportPartnersCommand implements Callable<Integer> {

    @ParentCommand
    private ImportCommand parent;

    @Parameters(paramLabel = "FICHIER", description = "Liste de partenaires (.xlsx, .csv en UTF-8 ou Windows-1252).")
    private Path file;

    @Option(names = "--dry-run", description = "Montre ce que l'import ferait, sans rien enregistrer.")
    private boolean dryRun;

    @Option(names = "--skip-errors", description = "Importe les lignes correctes et ignore les lignes en erreur.")
    private boolean skipErrors;

    @Override
    public Integer call() {
        CliContext ctx = parent.cli.context();
        ImportCounts counts = ctx.relais().partners().imports().importFile(file, skipErrors, dryRun, Progress.NONE);
        print(ctx.i18n(), ctx.out(), counts);
        return ExitCodes.OK;
    }

    private void print(I18n i18n, PrintWriter out, ImportCounts c) {
        String name = file.getFileName().toString();
        out.println(i18n.t(dryRun ? "partners.cli.import.dryRun" : "partners.cli.import.done", name, c.rows()));
        out.println("  " + i18n.t("partners.cli.import.created", c.organisationsCreated(), c.contactsCreated(),
                c.membershipsCreated()));
        out.println("  " + i18n.t("partners.cli.import.updated", c.recordsUpdated()));
        out.println("  " + i18n.t("partners.cli.import.skipped", c.skippedRows()));
        out.println("  " + i18n.t("partners.cli.import.errors", c.errorRows()));
    }
}
