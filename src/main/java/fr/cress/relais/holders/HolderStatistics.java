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

    public HolderStatistics {
        outcomes = List.copyOf(outcomes);
        uncovered = List.copyOf(uncovered);
    }

    public List<Integer> years() {
        return IntStream.rangeClosed(fromYear, toYear).boxed().toList();
    }
}
