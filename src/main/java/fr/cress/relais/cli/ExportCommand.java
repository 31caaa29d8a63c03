package fr.cress.relais.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

import java.util.concurrent.Callable;

/** {@code relais export ...}: the export commands of each feature are its subcommands. */
@Command(name = "export", description = "Écrit un fichier à envoyer aux partenaires.",
        subcommands = {ExportDirectoryCommand.class, ExportBilanCommand.class, ExportActionPlansCommand.class, ExportMeetingCommand.class, ExportIcsCommand.class, ExportMinutesCommand.class, CoverageExportCommand.class, ExportHoldersCommand.class})
final class ExportCommand implements Callable<Integer> {

    @ParentCommand
    Cli cli;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Précisez ce qu'il faut exporter.");
    }
}
