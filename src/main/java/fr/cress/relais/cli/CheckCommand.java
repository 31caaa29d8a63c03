package fr.cress.relais.cli;

import fr.cress.relais.common.error.ErrorMessages;
import fr.cress.relais.common.settings.DataLocations;
import fr.cress.relais.db.Store;
import fr.cress.relais.db.StoreUnavailableException;
import fr.cress.relais.safety.IntegrityReport;
import fr.cress.relais.safety.IntegrityService;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

import java.util.concurrent.Callable;

/**
 * {@code relais check}: reads the store without changing it (read-only, no migration) and prints a short
 * summary. Exit 0 when sound, 5 with the explanation when something is wrong, 4 when another Relais holds it.
 */
@Command(name = "check", description = "Vérifie les données sans les modifier : schéma, lecture de chaque table, "
        + "liens entre tables, comptes (code 5 si quelque chose ne va pas).")
final class CheckCommand implements Callable<Integer> {

    @ParentCommand
    private Cli cli;

    @Override
    public Integer call() {
        CliContext ctx = cli.context();
        ctx.requireEmbedded();
        DataLocations locations = ctx.locations();
        IntegrityReport report;
        try (Store store = Store.inspect(locations.storeFile())) {
            report = new IntegrityService().check(store);
        } catch (StoreUnavailableException e) {
            if ("common.store.locked".equals(e.messageKey())) {
                throw e;
            }
            ctx.out().println(new ErrorMessages(ctx.i18n()).describe(e));
            ctx.out().println(ctx.i18n().t("safety.check.advice", locations.backupsDir()));
            return ExitCodes.CHECK_FAILED;
        }
        report.describe(ctx.i18n()).forEach(ctx.out()::println);
        if (!report.ok()) {
            ctx.out().println(ctx.i18n().t("safety.check.advice", locations.backupsDir()));
            return ExitCodes.CHECK_FAILED;
        }
        return ExitCodes.OK;
    }
}
