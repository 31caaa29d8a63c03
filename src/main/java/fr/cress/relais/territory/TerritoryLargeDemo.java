package fr.cress.relais.territory;

import fr.cress.relais.common.feature.LargeDemoContext;
import fr.cress.relais.db.BulkInsert;
import org.jooq.DSLContext;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static fr.cress.relais.db.generated.Tables.COMMUNE;
import static fr.cress.relais.db.generated.Tables.EPCI;
import static fr.cress.relais.db.generated.Tables.OFFER;
import static fr.cress.relais.db.generated.Tables.OFFER_TERRITORY;

/**
 * The offer of a large network: each generated support network or funder offers one to three services on
 * communes, EPCI or a departement, and every commune of the region has a partner that welcomes project holders
 * (accueil) on it. Hosting services (pépinière, couveuse, CAE) stay rare, so that the map still shows gaps.
 */
public final class TerritoryLargeDemo {

    private static final List<ServiceKind> LOCAL = List.of(ServiceKind.EMERGENCE, ServiceKind.CREATION,
            ServiceKind.POST_CREATION, ServiceKind.STATUTS, ServiceKind.FORMATION, ServiceKind.PRET_HONNEUR,
            ServiceKind.MICROCREDIT);
    private static final List<ServiceKind> REGIONAL = List.of(ServiceKind.GARANTIE, ServiceKind.SUBVENTION,
            ServiceKind.FONDS_PROPRES, ServiceKind.MICROCREDIT);
    private static final List<ServiceKind> RARE = List.of(ServiceKind.PEPINIERE, ServiceKind.COUVEUSE, ServiceKind.CAE);
    private static final List<String> PUBLICS = List.of("Porteurs de projets de l’ESS", "Demandeurs d’emploi créateurs",
            "Associations employeuses", "Collectifs d’habitants", "Jeunes de moins de 26 ans",
            "Salariés repreneurs de leur entreprise", "Structures d’insertion par l’activité économique");

    private final LargeDemoContext ctx;
    private final DSLContext dsl;

    public TerritoryLargeDemo(LargeDemoContext ctx) {
        this.ctx = ctx;
        this.dsl = ctx.demo().dsl();
    }

    public void load() {
        List<String> communes = dsl.select(COMMUNE.CODE).from(COMMUNE).orderBy(COMMUNE.CODE).fetch(COMMUNE.CODE);
        List<String> epcis = dsl.select(EPCI.CODE).from(EPCI).orderBy(EPCI.CODE).fetch(EPCI.CODE);
        List<String> departements = communes.stream().map(c -> c.substring(0, 2)).distinct().toList();
        long[] supporters = ctx.ids("supporter");
        long next = BulkInsert.nextId(dsl, OFFER);
        try (BulkInsert offers = new BulkInsert(dsl, OFFER, OFFER.ID, OFFER.ORGANISATION_ID, OFFER.SERVICE_KEY,
                OFFER.PUBLICS, OFFER.NOTES);
             BulkInsert territories = new BulkInsert(dsl, OFFER_TERRITORY, OFFER_TERRITORY.OFFER_ID,
                     OFFER_TERRITORY.TERRITORY_LEVEL, OFFER_TERRITORY.TERRITORY_CODE).after(offers)) {
            for (int s = 0; s < supporters.length; s++) {
                Map<ServiceKind, List<String[]>> offer = services(s, communes, epcis, departements);
                for (Map.Entry<ServiceKind, List<String[]>> e : offer.entrySet()) {
                    long id = next++;
                    offers.add(id, supporters[s], e.getKey().key(), ctx.pick(PUBLICS), null);
                    for (String[] t : e.getValue()) {
                        territories.add(id, t[0], t[1]);
                    }
                }
            }
        }
    }

    /** The services of the {@code s}-th supporter and their territories ({level, code}). */
    private Map<ServiceKind, List<String[]>> services(int s, List<String> communes, List<String> epcis,
                                                      List<String> departements) {
        Map<ServiceKind, List<String[]>> result = new EnumMap<>(ServiceKind.class);
        int supporters = ctx.ids("supporter").length;
        List<String[]> welcome = new ArrayList<>();
        for (int c = s; c < communes.size(); c += supporters) {
            welcome.add(ref(TerritoryLevel.COMMUNE, communes.get(c)));
        }
        if (!welcome.isEmpty()) {
            result.put(ServiceKind.ACCUEIL, welcome);
        }
        int services = 1 + ctx.nextInt(3);
        for (int k = 0; k < services; k++) {
            int shape = ctx.nextInt(10);
            if (shape == 0) {
                result.put(ctx.pick(REGIONAL), List.<String[]>of(ref(TerritoryLevel.DEPARTEMENT, ctx.pick(departements))));
            } else if (shape < 5) {
                result.put(ctx.pick(LOCAL), sample(TerritoryLevel.EPCI, epcis, 1 + ctx.nextInt(3)));
            } else {
                result.put(ctx.pick(LOCAL), sample(TerritoryLevel.COMMUNE, communes, 3 + ctx.nextInt(20)));
            }
        }
        if (s % 40 == 0) {
            result.put(ctx.pick(RARE), sample(TerritoryLevel.COMMUNE, communes, 1 + ctx.nextInt(5)));
        }
        return result;
    }

    private List<String[]> sample(TerritoryLevel level, List<String> codes, int n) {
        Set<String> picked = new LinkedHashSet<>();
        int from = ctx.nextInt(codes.size());
        for (int i = 0; i < n; i++) {
            picked.add(codes.get((from + i) % codes.size()));
        }
        return picked.stream().map(code -> ref(level, code)).toList();
    }

    private static String[] ref(TerritoryLevel level, String code) {
        return new String[]{level.name(), code};
    }
}
