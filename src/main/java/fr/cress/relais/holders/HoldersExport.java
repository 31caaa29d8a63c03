package fr.cress.relais.holders;

import fr.cress.relais.common.concurrent.Progress;
import fr.cress.relais.common.feature.Core;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.text.Formats;
import fr.cress.relais.exchange.xlsx.XlsxWorkbook;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes the holders' workbook: statistics sheets (needs, stages, channels, sectors, territories, outcomes
 * per partner, demand without offer) and the list of holders. Anonymised unless names are asked for: the
 * list then has no names, e-mails, phones, project names nor free text, and gives the year of first contact
 * rather than the day; the commune is kept.
 */
public final class HoldersExport {

    private final Core core;
    private final HolderStatisticsService statistics;
    private final CommuneDirectory communes;

    HoldersExport(Core core, HolderStatisticsService statistics, CommuneDirectory communes) {
        this.core = core;
        this.statistics = statistics;
        this.communes = communes;
    }

    /** What was written, for the message shown afterwards. */
    public record Result(Path file, int holders, int fromYear, int toYear, boolean withNames) {
    }

    /** The years holders were first met, or the current year when there is none. */
    public int[] period() {
        List<Holder> all = new HolderRepository(core.dsl()).all();
        int thisYear = LocalDate.now(core.clock()).getYear();
        int from = all.stream().mapToInt(h -> h.firstContactOn().getYear()).min().orElse(thisYear);
        int to = all.stream().mapToInt(h -> h.firstContactOn().getYear()).max().orElse(thisYear);
        return new int[]{from, to};
    }

    /** A file name such as « Porteurs de projet 2007-2009 - CRESS.xlsx ». */
    public String suggestedFileName(boolean withNames) {
        int[] period = period();
        return core.i18n().t(withNames ? "holders.export.fileNamed" : "holders.export.file",
                yearSpan(period[0], period[1]));
    }

    public Result write(Path file, boolean withNames, Progress progress) throws IOException {
        int[] period = period();
        return write(file, withNames, period[0], period[1], progress);
    }

    public Result write(Path file, boolean withNames, int fromYear, int toYear, Progress progress) throws IOException {
        I18n i18n = core.i18n();
        progress.message(i18n.t("holders.export.progress"));
        HolderStatistics stats = statistics.statistics(fromYear, toYear);
        List<Holder> holders = new HolderRepository(core.dsl())
                .metBetween(LocalDate.of(fromYear, 1, 1), LocalDate.of(toYear, 12, 31));
        Map<Long, List<Referral>> referrals = new ReferralRepository(core.dsl()).all().stream()
                .collect(Collectors.groupingBy(Referral::holderId));
        progress.checkCancelled();
        String[] title = {
                i18n.t("holders.export.subtitle"),
                i18n.t(withNames ? "holders.export.named" : "holders.export.anonymous",
                        Formats.date(LocalDate.now(core.clock())))};
        try (XlsxWorkbook book = XlsxWorkbook.report()) {
            StatisticsSheets sheets = new StatisticsSheets(book, i18n, stats, yearSpan(fromYear, toYear), title);
            sheets.writeAll();
            progress.checkCancelled();
            new HolderListSheet(book, i18n, withNames, title).write(holders, referrals, communes.byCode());
            book.save(file);
        }
        return new Result(file, holders.size(), fromYear, toYear, withNames);
    }

    static String yearSpan(int from, int to) {
        return from == to ? Integer.toString(from) : from + "-" + to;
    }
}
