package fr.cress.relais.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

import java.util.concurrent.Callable;

/** {@code relais import ...}: the import commands of each feature are its subcommands. */
@Command(name = "import", description = "Importe un fichier (tout ou rien).",
        subcommands = {ContoursImportCommand.class})
final class ImportCommand implements Callable<Integer> {

    @ParentCommand
    Cli cli;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Précisez ce qu'il faut importer.");
    }
}
