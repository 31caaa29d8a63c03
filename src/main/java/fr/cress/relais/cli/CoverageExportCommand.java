package fr.cress.relais.cli;

import fr.cress.relais.common.concurrent.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code relais export coverage --out FILE.xlsx}: the coverage matrix (territory × service) with conditional colours. */
@Command(name = "coverage", description = "Écrit la matrice de couverture (territoire × service) dans un classeur Excel.")
final class CoverageExportCommand implements Callable<Integer> {

    @ParentCommand
    private ExportCommand parent;

    @Option(names = "--out", required = true, paramLabel = "FICHIER.xlsx", description = "Classeur à écrire.")
    Path out;

    @Override
    public Integer call() throws Exception {
        CliContext ctx = parent.cli.context();
        ctx.relais().territory().coverage().exportMatrix(out, Progress.NONE);
        ctx.out().println(ctx.i18n().t("territory.matrix.written", out.toAbsolutePath()));
        return ExitCodes.OK;
    }
}
