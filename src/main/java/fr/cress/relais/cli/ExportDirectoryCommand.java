package fr.cress.relais.cli;

import fr.cress.relais.common.concurrent.Progress;
import fr.cress.relais.partners.Directory;
import fr.cress.relais.partners.PartnersFeature;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code relais export directory --out FILE.xlsx}: the directory of partners as an Excel workbook. */
@Command(name = "directory", description = "Écrit l'annuaire des partenaires (organisations, contacts, adhésions) en .xlsx.")
final class ExportDirectoryCommand implements Callable<Integer> {

    @ParentCommand
    private ExportCommand parent;

    @Option(names = "--out", required = true, paramLabel = "FICHIER.xlsx", description = "Fichier à écrire.")
    private Path out;

    @Override
    public Integer call() {
        CliContext ctx = parent.cli.context();
        PartnersFeature partners = ctx.relais().partners();
        Directory directory = partners.partners().directory();
        partners.exporter().write(directory, null, out, Progress.NONE);
        ctx.out().println(ctx.i18n().t("partners.cli.export.done", out.toAbsolutePath(),
                directory.organisations().size(), directory.contacts().size(), directory.memberships().size()));
        return ExitCodes.OK;
    }
}
