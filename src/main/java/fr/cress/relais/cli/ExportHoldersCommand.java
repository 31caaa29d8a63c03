package fr.cress.relais.cli;

import fr.cress.relais.common.concurrent.Progress;
import fr.cress.relais.common.error.AppException;
import fr.cress.relais.common.error.BadInputException;
import fr.cress.relais.holders.HoldersExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code relais export holders --out FILE.xlsx [--with-names] [--from 2007 --to 2009]}: the holders' statistics
 * and list, anonymised unless {@code --with-names}.
 */
@Command(name = "holders", sortOptions = false,
        description = "Écrit les statistiques et la liste des porteurs de projet (.xlsx), anonymisées sauf avec --with-names.")
final class ExportHoldersCommand implements Callable<Integer> {

    @ParentCommand
    private ExportCommand export;

    @Option(names = "--out", required = true, paramLabel = "FICHIER.xlsx", description = "Fichier à écrire.")
    Path out;

    @Option(names = "--with-names", description = "Inclut les noms, courriels, téléphones et résumés (données personnelles).")
    boolean withNames;

    @Option(names = "--from", paramLabel = "ANNÉE", description = "Première année de premier contact (par défaut : la plus ancienne).")
    Integer from;

    @Option(names = "--to", paramLabel = "ANNÉE", description = "Dernière année (par défaut : la plus récente).")
    Integer to;

    @Override
    public Integer call() {
        CliContext ctx = export.cli.context();
        if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new BadInputException("holders.cli.notXlsx");
        }
        HoldersExport writer = ctx.relais().holders().export();
        int[] period = writer.period();
        int first = from != null ? from : period[0];
        int last = to != null ? to : period[1];
        if (first > last) {
            throw new BadInputException("holders.cli.badPeriod", Integer.toString(first), Integer.toString(last));
        }
        HoldersExport.Result result;
        try {
            result = writer.write(out, withNames, first, last, Progress.NONE);
        } catch (IOException e) {
            throw new AppException(e, "holders.cli.writeFailed", out);
        }
        ctx.out().println(ctx.i18n().t("holders.cli.exported", result.holders(), out,
                ctx.i18n().t(withNames ? "holders.cli.named" : "holders.cli.anonymised")));
        return ExitCodes.OK;
    }
}
