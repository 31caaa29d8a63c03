package fr.cress.relais.cli;

import fr.cress.relais.actions.ActionsFeature;
import fr.cress.relais.actions.OrganisationRef;
import fr.cress.relais.actions.Programme;
import fr.cress.relais.common.concurrent.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code relais export action-plans --out DIR}: one action plan per partner of the programme;
 * {@code --partner ACRONYM --out FILE.xlsx}: the plan of one partner.
 */
@Command(name = "action-plans", sortOptions = false,
        description = "Écrit le plan d'action de chaque partenaire (un fichier .xlsx par partenaire dans DIR), "
                + "ou d'un seul partenaire avec --partner.")
final class ExportActionPlansCommand implements Callable<Integer> {

    @ParentCommand
    ExportCommand export;

    @Option(names = "--programme", paramLabel = "ID|YEARS|current", defaultValue = "current",
            description = "Numéro du programme, ses années (2007-2009), ou « current » (par défaut).")
    String programme;

    @Option(names = "--partner", paramLabel = "ACRONYM",
            description = "Sigle (ou nom) du partenaire : écrit son seul plan dans le fichier --out.")
    String partner;

    @Option(names = "--out", paramLabel = "DIR|FILE.xlsx", required = true,
            description = "Dossier des plans, ou fichier avec --partner.")
    Path out;

    @Override
    public Integer call() {
        CliContext ctx = export.cli.context();
        ActionsFeature actions = ctx.relais().actions();
        Programme p = actions.programmes().resolve(programme);
        if (partner != null) {
            OrganisationRef organisation = actions.exports().partner(partner);
            Path file = actions.exports().writePlan(p.id(), organisation.id(), out.toAbsolutePath());
            ctx.out().println(ctx.i18n().t("actions.cli.planWritten", organisation.label(), file));
            return ExitCodes.OK;
        }
        List<Path> files = actions.exports().writeAllPlans(p.id(), out.toAbsolutePath(), Progress.NONE);
        files.forEach(f -> ctx.out().println(f.getFileName()));
        ctx.out().println(ctx.i18n().t("actions.cli.plansWritten", files.size(), out.toAbsolutePath()));
        return ExitCodes.OK;
    }
}
