package fr.cress.relais.holders;

import fr.cress.relais.common.feature.BilanContribution;
import fr.cress.relais.common.feature.BilanTable;
import fr.cress.relais.common.i18n.I18n;

import java.util.ArrayList;
import java.util.List;

/**
 * The holders' part of a programme bilan, from {@link HolderStatisticsService}: holders welcomed per year,
 * need, stage and department, then referrals and their outcomes per partner. Counts only: no name, e-mail
 * or phone, anonymised and named holders alike.
 */
public final class HoldersBilan implements BilanContribution {

    private final HolderStatisticsService statistics;
    private final I18n i18n;

    HoldersBilan(HolderStatisticsService statistics, I18n i18n) {
        this.statistics = statistics;
        this.i18n = i18n;
    }

    @Override
    public List<BilanTable> tables(int fromYear, int toYear) {
        HolderStatistics stats = statistics.statistics(fromYear, toYear);
        String period = fromYear == toYear ? Integer.toString(fromYear) : fromYear + "-" + toYear;
        return List.of(counts(stats, period), outcomes(stats, period));
    }

    private BilanTable counts(HolderStatistics stats, String period) {
        List<Integer> years = stats.years();
        List<BilanTable.Section> sections = List.of(
                section("holders.bilan.byYear", stats.byYear(), years, false),
                section("holders.bilan.byNeed", stats.byNeed(), years, true),
                section("holders.bilan.byStage", stats.byStage(), years, true),
                section("holders.bilan.byDepartement", stats.byDepartement(), years, true));
        return new BilanTable(i18n.t("holders.bilan.sheet"), i18n.t("holders.bilan.title", period),
                List.of(i18n.t("holders.bilan.subtitle", stats.holders(), stats.referrals()),
                        i18n.t("holders.bilan.note")),
                i18n.t("holders.bilan.col.item"), years.stream().map(String::valueOf).toList(), true, sections);
    }

    private BilanTable.Section section(String titleKey, CountTable table, List<Integer> years, boolean totals) {
        List<BilanTable.Line> lines = table.rows().stream()
                .map(r -> new BilanTable.Line(r.label(), years.stream().map(r::in).toList())).toList();
        return new BilanTable.Section(i18n.t(titleKey), lines, totals);
    }

    private BilanTable outcomes(HolderStatistics stats, String period) {
        List<String> headers = new ArrayList<>();
        headers.add(i18n.t("holders.export.col.referrals"));
        for (ReferralOutcome outcome : ReferralOutcome.values()) {
            headers.add(i18n.label(outcome));
        }
        headers.add(i18n.t("holders.export.col.open"));
        List<BilanTable.Line> lines = stats.outcomes().stream().map(this::line).toList();
        return new BilanTable(i18n.t("holders.bilan.outcomes.sheet"), i18n.t("holders.bilan.outcomes.title", period),
                List.of(i18n.t("holders.bilan.outcomes.subtitle")), i18n.t("holders.export.col.partner"), headers,
                false, List.of(new BilanTable.Section(null, lines, true)));
    }

    private BilanTable.Line line(PartnerOutcomes p) {
        List<Long> values = new ArrayList<>();
        values.add(p.referrals());
        for (ReferralOutcome outcome : ReferralOutcome.values()) {
            values.add(p.count(outcome));
        }
        values.add(p.open());
        return new BilanTable.Line(p.partner(), values);
    }
}
