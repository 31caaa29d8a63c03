package fr.cress.relais.holders;

import fr.cress.relais.common.feature.SectionId;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.territory.MapOverlayPoint;
import fr.cress.relais.territory.MapOverlaySource;
import fr.cress.relais.territory.CoverageService;
import fr.cress.relais.territory.Territory;
import fr.cress.relais.territory.TerritoryLevel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Project holders on the map, one circle per commune where some live, or per EPCI, zone or department when
 * the map shows that level (every holder with a commune counts, whatever the service shown by the coverage
 * layer); marked when one of their needs meets no offer in the commune where they live; a click opens the
 * holders of that territory. The holders are counted in the store per commune and set of needs
 * ({@link DemandService#locations()}), never read one by one.
 */
public final class HoldersMapOverlay implements MapOverlaySource {

    public static final String KEY = "holders";

    private final DemandService demand;
    private final CoverageService coverage;
    private final I18n i18n;

    HoldersMapOverlay(DemandService demand, CoverageService coverage, I18n i18n) {
        this.demand = demand;
        this.coverage = coverage;
        this.i18n = i18n;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String label() {
        return i18n.t("holders.map.layer");
    }

    @Override
    public String gapLabel() {
        return i18n.t("holders.map.legend.gap");
    }

    /**
     * At commune level, one point per commune where holders live; at another level, one per territory of that
     * level (EPCI, zone, department) at its centre, adding up the holders of its communes.
     */
    @Override
    public List<MapOverlayPoint> points(TerritoryLevel level) {
        List<HolderLocation> locations = demand.locations();
        if (level == TerritoryLevel.COMMUNE) {
            return locations.stream().map(l -> point(l, level, Set.of(l.communeCode()))).toList();
        }
        Map<String, HolderLocation> byCommune = locations.stream()
                .collect(Collectors.toMap(HolderLocation::communeCode, Function.identity()));
        List<MapOverlayPoint> points = new ArrayList<>();
        for (Territory t : coverage.territories(level)) {
            Set<String> communes = Set.copyOf(t.communeCodes());
            List<HolderLocation> inside = t.communeCodes().stream().map(byCommune::get)
                    .filter(java.util.Objects::nonNull).toList();
            if (!inside.isEmpty()) {
                points.add(point(HolderLocation.merge(t.code(), t.name(), t.lat(), t.lon(), inside), level, communes));
            }
        }
        return points;
    }

    @Override
    public SectionId section() {
        return SectionId.HOLDERS;
    }

    private MapOverlayPoint point(HolderLocation l, TerritoryLevel level, Set<String> communes) {
        return new MapOverlayPoint(l.communeCode(), l.communeName(), l.lat(), l.lon(), l.holders(), l.hasGap(),
                tooltip(l), new HolderPlace(level, l.communeCode(), l.communeName(), communes));
    }

    /**
     * « Carentan-les-Marais » / « 3 porteurs de projet — besoins : statuts, financement (1 sans offre sur
     * place) » / « Sans offre sur place : microcrédit » / « Cliquez pour voir ces porteurs. ».
     */
    String tooltip(HolderLocation l) {
        List<String> lines = new ArrayList<>();
        lines.add(l.communeName());
        String needs = String.join(", ", l.needs().entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> needLabel(e.getKey())).toList());
        String summary = needs.isEmpty() ? i18n.t("holders.map.tip.noNeed", l.holders())
                : i18n.t("holders.map.tip", l.holders(), needs);
        lines.add(l.hasGap() ? i18n.t("holders.map.tip.withGap", summary, l.holdersWithGap()) : summary);
        if (l.hasGap()) {
            lines.add(i18n.t("holders.map.tip.uncovered", String.join(", ", l.uncoveredNeeds().stream()
                    .sorted(Comparator.naturalOrder()).map(this::needLabel).toList())));
        }
        lines.add(i18n.t("holders.map.tip.open"));
        return String.join("\n", lines);
    }

    /** The need's label as it reads inside a sentence: « financement », « prêt d’honneur ». */
    private String needLabel(String key) {
        String label = i18n.label(new Need(key));
        boolean acronym = label.length() > 1 && Character.isUpperCase(label.charAt(1));
        return acronym ? label : label.substring(0, 1).toLowerCase(Locale.ROOT) + label.substring(1);
    }
}
