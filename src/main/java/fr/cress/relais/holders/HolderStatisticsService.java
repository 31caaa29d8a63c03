package fr.cress.relais.holders;

import fr.cress.relais.common.feature.Core;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.i18n.Labelled;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Counts holders and referral outcomes for a programme bilan ({@link HolderStatistics}). */
public final class HolderStatisticsService {

    private static final String NONE = "";

    private final Core core;
    private final CommuneDirectory communeDirectory;
    private final DemandService demand;

    HolderStatisticsService(Core core, CommuneDirectory communes, DemandService demand) {
        this.core = core;
        this.communeDirectory = communes;
        this.demand = demand;
    }

    /** The figures of the holders first met from {@code fromYear} to {@code toYear} (inclusive). */
    public HolderStatistics statistics(int fromYear, int toYear) {
        LocalDate from = LocalDate.of(fromYear, 1, 1);
        LocalDate to = LocalDate.of(toYear, 12, 31);
        List<Holder> holders = new HolderRepository(core.dsl()).metBetween(from, to);
        Map<String, CommuneRef> communes = communeDirectory.byCode();
        I18n i18n = core.i18n();
        String unknown = i18n.t("holders.stats.unknown");

        CountTable.Builder years = new CountTable.Builder();
        CountTable.Builder needs = new CountTable.Builder();
        CountTable.Builder stages = new CountTable.Builder();
        CountTable.Builder channels = new CountTable.Builder();
        CountTable.Builder sectors = new CountTable.Builder();
        CountTable.Builder departements = new CountTable.Builder();
        CountTable.Builder epcis = new CountTable.Builder();
        CountTable.Builder communeCounts = new CountTable.Builder();
        for (Holder h : holders) {
            int year = h.firstContactOn().getYear();
            years.add("holders", i18n.t("holders.stats.holders"), year);
            h.needs().forEach(n -> needs.add(n, i18n.label(new Need(n)), year));
            stages.add(h.stage().name(), i18n.label(h.stage()), year);
            add(channels, h.firstContactChannel(), i18n, unknown, year);
            add(sectors, h.sector(), i18n, unknown, year);
            CommuneRef c = h.communeCode() == null ? null : communes.get(h.communeCode());
            departements.add(c == null ? NONE : c.departementCode(), c == null ? unknown : c.departementName(), year);
            epcis.add(c == null || c.epciCode() == null ? NONE : c.epciCode(),
                    c == null || c.epciName() == null ? unknown : c.epciName(), year);
            communeCounts.add(c == null ? NONE : c.code(), c == null ? unknown : c.label(), year);
        }
        List<Referral> referrals = new ReferralRepository(core.dsl()).madeBetween(from, to);
        return new HolderStatistics(fromYear, toYear, holders.size(), years.build(List.of()),
                needs.build(Need.catalogue().stream().map(Need::key).toList()),
                stages.build(names(Stage.values())), channels.build(names(ContactChannel.values())),
                sectors.build(names(Sector.values())), departements.build(List.of()), epcis.build(List.of()),
                communeCounts.build(List.of()), referrals.size(), outcomes(referrals),
                demand.uncovered(holders, communes));
    }

    private static void add(CountTable.Builder builder, Enum<?> value, I18n i18n, String unknown, int year) {
        if (value == null) {
            builder.add(NONE, unknown, year);
        } else {
            builder.add(value.name(), i18n.label((Labelled) value), year);
        }
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private static List<PartnerOutcomes> outcomes(List<Referral> referrals) {
        Map<Long, List<Referral>> byPartner = referrals.stream()
                .collect(Collectors.groupingBy(Referral::organisationId, LinkedHashMap::new, Collectors.toList()));
        return byPartner.values().stream().map(list -> {
            Map<ReferralOutcome, Long> outcomes = new EnumMap<>(ReferralOutcome.class);
            list.stream().filter(r -> r.outcome() != null).forEach(r -> outcomes.merge(r.outcome(), 1L, Long::sum));
            long open = list.stream().filter(Referral::isOpen).count();
            Referral first = list.get(0);
            return new PartnerOutcomes(first.organisationId(), first.organisationName(), list.size(), outcomes, open);
        }).sorted((a, b) -> Long.compare(b.referrals(), a.referrals())).toList();
    }
}
