package fr.cress.relais.cli;

import fr.cress.relais.app.Relais;
import fr.cress.relais.common.error.BadInputException;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.settings.ServerAddress;
import fr.cress.relais.common.settings.StoreChoice;
import fr.cress.relais.db.StoreCopy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/**
 * {@code relais migrate-store --to postgresql://HOST:PORT/DB --user U}: copies the data of this computer into an
 * empty PostgreSQL database, in one transaction, and checks the counts of every table afterwards.
 */
@Command(name = "migrate-store",
        description = "Copie les données de cet ordinateur dans une base PostgreSQL vide (en une transaction), puis vérifie les nombres de lignes.")
final class MigrateStoreCommand implements Callable<Integer> {

    @ParentCommand
    private Cli cli;

    @Option(names = "--to", required = true, paramLabel = "postgresql://SERVEUR:PORT/BASE",
            description = "La base partagée, vide, où copier les données.")
    String to;

    @Option(names = "--user", paramLabel = "UTILISATEUR",
            description = "Utilisateur de la base partagée (sinon RELAIS_DB_USER). Mot de passe : RELAIS_DB_PASSWORD, trousseau ou question.")
    String user;

    @Override
    public Integer call() {
        CliContext ctx = cli.context();
        ctx.server().ifPresent(current -> {
            throw new BadInputException("common.migrate.fromServer", current.display());
        });
        String name = user != null ? user : ctx.env().getOrDefault(StoreChoice.ENV_USER, System.getProperty("user.name"));
        ServerAddress target = ServerAddress.parse(to, name);
        String password = ctx.password(target);
        Relais relais = ctx.relais();
        StoreCopy.Moved moved = StoreCopy.intoServer(relais.store(), target, password);
        report(ctx, relais, target, moved);
        return ExitCodes.OK;
    }

    private static void report(CliContext ctx, Relais relais, ServerAddress target, StoreCopy.Moved moved) {
        I18n i18n = ctx.i18n();
        PrintWriter out = ctx.out();
        moved.tables().forEach(t -> out.println("  " + i18n.t("common.migrate.table", t.table(), t.copied())));
        out.println(i18n.t("common.migrate.done", moved.tables().size(), moved.rows(),
                relais.store().description(), target.display()));
        out.println(i18n.t("common.migrate.files", ctx.locations().attachmentsDir()));
        out.println(i18n.t("common.migrate.next", target.url(), target.user()));
    }
}
