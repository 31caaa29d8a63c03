package fr.cress.relais.territory.ui;

import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.territory.CoverageService;
import fr.cress.relais.territory.Territory;
import fr.cress.relais.territory.TerritoryLevel;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The territories a picker offers, widest first: departments, zones, EPCI, communes. Read in the background. */
final class TerritoryOptions {

    private TerritoryOptions() {
    }

    private static String shortKey(TerritoryLevel level) {
        return switch (level) {
            case COMMUNE -> "territory.level.short.commune";
            case EPCI -> "territory.level.short.epci";
            case ZONE -> "territory.level.short.zone";
            case DEPARTEMENT -> "territory.level.short.departement";
        };
    }

    static List<TerritoryOption> load(CoverageService coverage, I18n i18n, Set<TerritoryLevel> levels) {
        List<TerritoryOption> options = new ArrayList<>();
        for (TerritoryLevel level : List.of(TerritoryLevel.DEPARTEMENT, TerritoryLevel.ZONE, TerritoryLevel.EPCI,
                TerritoryLevel.COMMUNE)) {
            if (!levels.contains(level)) {
                continue;
            }
            for (Territory t : coverage.territories(level)) {
                String name = level == TerritoryLevel.COMMUNE || level == TerritoryLevel.DEPARTEMENT
                        ? t.name() + " (" + t.code() + ")" : t.name();
                options.add(new TerritoryOption(t.ref(), t.name(),
                        i18n.t("territory.picker.option", i18n.t(shortKey(level)), name)));
            }
        }
        return options;
    }
}
