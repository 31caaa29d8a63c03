package fr.cress.relais.cli;

import fr.cress.relais.common.concurrent.Progress;
import fr.cress.relais.territory.ContourImportReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code relais import contours FILE.geojson}: imports commune, EPCI or department contours (all or nothing; code 3 if refused). */
@Command(name = "contours", description = "Importe des contours GeoJSON (FeatureCollection, propriétés code et nom) : tout ou rien, code 3 si le fichier est refusé.")
final class ContoursImportCommand implements Callable<Integer> {

    @ParentCommand
    private ImportCommand parent;

    @Parameters(index = "0", paramLabel = "FICHIER", description = "Fichier GeoJSON (par exemple exporté de geo.api.gouv.fr).")
    Path file;

    @Override
    public Integer call() {
        CliContext ctx = parent.cli.context();
        ContourImportReport report = ctx.relais().territory().contours().importFile(file, Progress.NONE);
        ctx.out().println(ctx.i18n().t("territory.contours.imported", report.stored(), report.communes(),
                report.epcis(), report.departements()));
        if (!report.repaired().isEmpty()) {
            ctx.out().println(ctx.i18n().t("territory.contours.repaired", report.repaired().size(),
                    String.join(", ", report.repaired())));
        }
        if (report.ignored() > 0) {
            ctx.out().println(ctx.i18n().t("territory.contours.ignored", report.ignored()));
        }
        return ExitCodes.OK;
    }
}
