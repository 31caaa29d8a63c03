package fr.cress.relais.holders;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The figures of the holders' part of a programme bilan, for the holders first met from {@code fromYear}
 * to {@code toYear} (inclusive): counts per year, need, stage, first-contact channel, sector and territory
 * (departement, EPCI, commune), referral outcomes per partner (referrals made in the period), and the
 * demand no offer covers. No names: anonymised and named holders are counted alike.
 */
public record HolderStatistics(int fromYear, int toYear, long holders, CountTable byYear, CountTable byNeed,
                               CountTable byStage, CountTable byChannel, CountTable bySector,
                               CountTable byDepartement, CountTable byEpci, CountTable byCommune,
                               long referrals, List<PartnerOutcomes> outcomes, List<UncoveredDemand> uncovered) {

    /** Periods up to this many years show every year, even without holders. */
    public static final int SHORT_PERIOD = 6;

    public HolderStatistics {
        outcomes = List.copyOf(outcomes);
        uncovered = List.copyOf(uncovered);
    }

    /**
     * The years shown as columns: every year of a period of up to {@value #SHORT_PERIOD} years (a programme),
     * only the years with holders for a longer one.
     */
    public List<Integer> years() {
        List<Integer> all = IntStream.rangeClosed(fromYear, toYear).boxed().toList();
        if (all.size() <= SHORT_PERIOD || byYear.rows().isEmpty()) {
            return all;
        }
        return all.stream().filter(y -> byYear.rows().get(0).in(y) > 0).toList();
    }
}
