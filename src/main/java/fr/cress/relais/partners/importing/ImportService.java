package fr.cress.relais.partners.importing;

import fr.cress.relais.common.concurrent.Progress;
import fr.cress.relais.common.error.BadInputException;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.db.Store;
import fr.cress.relais.exchange.FileGuard;
import fr.cress.relais.exchange.FileLimits;
import fr.cress.relais.exchange.TableReader;
import fr.cress.relais.partners.DirectoryRepository;
import fr.cress.relais.partners.Transactions;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Imports organisations, contacts and memberships from the lists partners send (.xlsx, .csv): open and
 * inspect the file, preview what each row would do, then write everything in one transaction, or nothing.
 */
public final class ImportService {

    /** Row-level reasons listed when a file is refused; the rest is counted. */
    private static final int MAX_DETAILS = 50;

    private final Transactions tx;
    private final I18n i18n;
    private final Clock clock;
    private final FileGuard guard;

    public ImportService(Store store, I18n i18n, Clock clock) {
        this(store, i18n, clock, FileLimits.STANDARD);
    }

    /** Reads files within {@code limits}: the file's size, its rows, cells and lines (see {@link FileGuard}). */
    public ImportService(Store store, I18n i18n, Clock clock, FileLimits limits) {
        this.tx = new Transactions(store);
        this.i18n = i18n;
        this.clock = clock;
        this.guard = new FileGuard(limits);
    }

    /**
     * Opens the file through {@link FileGuard#openTable} (size, kind, encoding, zip and XML safety, limits), finds
     * its header row and guesses its columns. Refuses, with the guard's French message, a file it cannot read.
     */
    public ImportFile inspect(Path file) {
        TableReader reader = guard.openTable(file);
        List<List<String>> first = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        reader.read((line, cells) -> {
            first.add(cells);
            lines.add(line);
            return first.size() < HeaderFinder.ROWS_LOOKED_AT;
        }, Progress.NONE);
        int header = HeaderFinder.find(first);
        if (header < 0 || header == first.size() - 1) {
            throw new BadInputException("partners.import.file.empty", file.getFileName().toString(), 0);
        }
        List<String> headers = first.get(header);
        List<List<String>> sample = first.subList(header + 1, Math.min(first.size(), header + 6));
        return new ImportFile(reader.source(), lines.get(header), headers, sample, ColumnGuesser.guess(headers));
    }

    /** Reads every row with {@code mapping} and says what importing it would do. Writes nothing. */
    public ImportPreview preview(ImportFile file, ColumnMapping mapping, Progress progress) {
        if (!mapping.has(ImportField.ORG_NAME) && !mapping.has(ImportField.ACRONYM)) {
            throw new BadInputException("partners.import.error.noNameColumn");
        }
        Path path = file.source().file();
        TableReader reader = guard.openTable(path);
        RowParser parser = new RowParser(mapping, i18n, LocalDate.now(clock));
        List<ParsedRow> rows = new ArrayList<>();
        reader.read((line, cells) -> {
            if (line > file.headerLine() && !cells.equals(file.headers())) {
                rows.add(parser.parse(line, cells));
            }
            return true;
        }, progress);
        if (rows.isEmpty()) {
            throw new BadInputException("partners.import.file.empty", path.getFileName().toString(), 0);
        }
        ImportPlan plan = tx.read(dsl -> new ImportPlanner(new DirectoryRepository(dsl, clock).load(), i18n,
                LocalDate.now(clock)).plan(rows));
        return new ImportPreview(file, mapping, rows, plan);
    }

    /**
     * Writes the previewed rows in one transaction, planned again against the directory as it is now.
     * Refused (nothing written) when rows have errors, unless {@code skipErrors}.
     */
    public ImportCounts apply(ImportPreview preview, boolean skipErrors, Progress progress) {
        return tx.run(dsl -> {
            ImportPlan plan = new ImportPlanner(new DirectoryRepository(dsl, clock).load(), i18n, LocalDate.now(clock))
                    .plan(preview.rows());
            if (!skipErrors && !plan.errors().isEmpty()) {
                throw refusal(plan.errors());
            }
            ImportCounts counts = plan.counts();
            new ImportWriter(dsl, clock, progress).write(plan);
            return counts;
        });
    }

    /** Inspect, guess the columns, preview and apply: the command line's import. */
    public ImportCounts importFile(Path file, boolean skipErrors, boolean dryRun, Progress progress) {
        ImportFile inspected = inspect(file);
        ImportPreview preview = preview(inspected, inspected.guessed(), progress);
        if (dryRun) {
            if (!skipErrors && !preview.plan().errors().isEmpty()) {
                throw refusal(preview.plan().errors());
            }
            return preview.plan().counts();
        }
        return apply(preview, skipErrors, progress);
    }

    /** The rows in error, one reason line each (« Ligne 12 : ... »). */
    public List<String> reasons(List<PlannedRow> errors) {
        List<String> details = new ArrayList<>();
        for (PlannedRow row : errors.subList(0, Math.min(errors.size(), MAX_DETAILS))) {
            details.add(i18n.t("partners.import.detail", row.line(), row.reasons(i18n)));
        }
        if (errors.size() > MAX_DETAILS) {
            details.add(i18n.t("partners.import.moreDetails", errors.size() - MAX_DETAILS));
        }
        return details;
    }

    private BadInputException refusal(List<PlannedRow> errors) {
        return new BadInputException((Throwable) null, reasons(errors), "partners.import.refused", errors.size());
    }
}
