package fr.cress.relais.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

import java.util.concurrent.Callable;

/** {@code relais stats}: one JSON object with the counts of what the store holds. */
@Command(name = "stats", description = "Affiche en JSON le nombre d'enregistrements du magasin.")
final class StatsCommand implements Callable<Integer> {

    @ParentCommand
    private Cli cli;

    @Override
    public Integer call() throws Exception {
        var counts = cli.context().relais().stats();
        cli.context().out().println(new ObjectMapper().writeValueAsString(counts));
        return ExitCodes.OK;
    }
}
