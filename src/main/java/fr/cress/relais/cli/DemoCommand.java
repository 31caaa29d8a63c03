package fr.cress.relais.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

import java.util.concurrent.Callable;

/** {@code relais demo}: fills an empty store with the example programme 2007-2009. */
@Command(name = "demo", description = "Remplit un magasin vide avec le programme d'exemple 2007-2009 (code 3 s'il n'est pas vide).")
final class DemoCommand implements Callable<Integer> {

    @ParentCommand
    private Cli cli;

    @Override
    public Integer call() {
        CliContext ctx = cli.context();
        ctx.relais().demoLoader().load();
        ctx.out().println(ctx.i18n().t("app.demo.loaded", ctx.relais().store().description()));
        return ExitCodes.OK;
    }
}
