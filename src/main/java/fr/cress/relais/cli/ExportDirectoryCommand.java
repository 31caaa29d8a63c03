package fr.cress.relais.cli;

import fr.cress.relais.common.concurrent.Progress;
import fr.cress.relais.partners.Directory;
import fr.cress.relais.partners.PartnersFeature;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code relais export directory --out FILE.xlsx}: the directory of partners as an Excel workbook;
 * {@code --out FILE.csv} (or {@code --format csv}): its contacts as a CSV file for French Excel.
 */
@Command(name = "directory", description = {
        "Écrit l'annuaire des partenaires (organisations, contacts, adhésions) en .xlsx,",
        "ou ses contacts (avec leur structure) en CSV pour Excel : UTF-8 avec BOM, séparateur point-virgule."})
final class ExportDirectoryCommand implements Callable<Integer> {

    @ParentCommand
    private ExportCommand parent;

    /** The formats of the export. */
    enum Format { xlsx, csv }

    @Option(names = "--out", required = true, paramLabel = "FICHIER", description = "Fichier à écrire (.xlsx ou .csv).")
    private Path out;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "xlsx ou csv (par défaut : d'après l'extension du fichier, sinon xlsx).")
    private Format format;

    @Override
    public Integer call() {
        CliContext ctx = parent.cli.context();
        PartnersFeature partners = ctx.relais().partners();
        Directory directory = partners.partners().directory();
        if (format() == Format.csv) {
            partners.exporter().writeCsv(directory, out, Progress.NONE);
            ctx.out().println(ctx.i18n().t("partners.cli.export.csvDone", out.toAbsolutePath(), directory.contacts().size()));
        } else {
            partners.exporter().write(directory, null, out, Progress.NONE);
            ctx.out().println(ctx.i18n().t("partners.cli.export.done", out.toAbsolutePath(),
                    directory.organisations().size(), directory.contacts().size(), directory.memberships().size()));
        }
        return ExitCodes.OK;
    }

    private Format format() {
        if (format != null) {
            return format;
        }
        return out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv") ? Format.csv : Format.xlsx;
    }
}
