package fr.cress.relais.holders;

import fr.cress.relais.common.feature.SectionId;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.territory.MapOverlayPoint;
import fr.cress.relais.territory.MapOverlaySource;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Project holders on the map, one circle per commune where some live (every holder with a commune counts,
 * whatever the service shown by the coverage layer), marked when one of their needs meets no offer on the
 * spot; a click opens the holders of that commune.
 */
public final class HoldersMapOverlay implements MapOverlaySource {

    public static final String KEY = "holders";

    private final DemandService demand;
    private final I18n i18n;

    HoldersMapOverlay(DemandService demand, I18n i18n) {
        this.demand = demand;
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

    @Override
    public List<MapOverlayPoint> points() {
        return demand.locations().stream().map(this::point).toList();
    }

    @Override
    public SectionId section() {
        return SectionId.HOLDERS;
    }

    private MapOverlayPoint point(HolderLocation l) {
        return new MapOverlayPoint(l.communeCode(), l.communeName(), l.lat(), l.lon(), l.holders(), l.hasGap(),
                tooltip(l), new CommuneTarget(l.communeCode(), l.communeName()));
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
