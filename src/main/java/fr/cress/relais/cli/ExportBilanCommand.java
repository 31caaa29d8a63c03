package fr.cress.relais.cli;

import fr.cress.relais.actions.ActionsFeature;
import fr.cress.relais.actions.Programme;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code relais export bilan --programme ID|current --out FILE.xlsx}: the bilan of a programme. */
@Command(name = "bilan", sortOptions = false,
        description = "Écrit le bilan d'un programme (.xlsx) : axes, objectifs, actions, indicateurs prévus et "
                + "réalisés, budgets, totaux en formules.")
final class ExportBilanCommand implements Callable<Integer> {

    @ParentCommand
    ExportCommand export;

    @Option(names = "--programme", paramLabel = "ID|YEARS|current", defaultValue = "current",
            description = "Numéro du programme, ses années (2007-2009), ou « current » (celui qui couvre l'année "
                    + "en cours, sinon le plus récent). Par défaut : current.")
    String programme;

    @Option(names = "--out", paramLabel = "FILE.xlsx", required = true, description = "Fichier à écrire.")
    Path out;

    @Override
    public Integer call() {
        CliContext ctx = export.cli.context();
        ActionsFeature actions = ctx.relais().actions();
        Programme p = actions.programmes().resolve(programme);
        Path file = actions.exports().writeBilan(p.id(), out.toAbsolutePath());
        ctx.out().println(ctx.i18n().t("actions.cli.bilanWritten", p.years(), file));
        return ExitCodes.OK;
    }
}
