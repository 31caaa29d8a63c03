package fr.cress.relais.territory;

import fr.cress.relais.common.feature.DemoContext;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The offer of the partners of the example programme and a few « pays » built from EPCI. Services and
 * territories follow the bilan 2007-2009 where it says something (URSCOP regional, the CAE of the Orne opened
 * in January 2008, PIVERT in the Bocage virois...); the rest is plausible example data. Some territories are
 * left without emergence support or microcredit, as the report observed, so that the map shows gaps.
 */
final class TerritoryDemo {

    private static final String CAEN = "200065597";
    private static final String BAYEUX = "241400555";
    private static final String NACRE = "241400860";
    private static final String VAL_ES_DUNES = "200065589";
    private static final String ORNE_ODON = "200066728";
    private static final String CINGAL = "200066710";
    private static final String FALAISE = "241400514";
    private static final String SEULLES = "200069516";
    private static final String PRE_BOCAGE = "200069524";
    private static final String LISIEUX = "200069532";
    private static final String TERRE_AUGE = "241400878";
    private static final String COTE_FLEURIE = "241400415";
    private static final String HONFLEUR = "200066827";
    private static final String CABOURG = "200065563";
    private static final String VIRE = "200068799";
    private static final String COTENTIN = "200067205";
    private static final String BAIE_COTENTIN = "200042729";
    private static final String COTE_OUEST = "200067031";
    private static final String COUTANCES = "200067023";
    private static final String SAINT_LO = "200066389";
    private static final String VILLEDIEU = "200043354";
    private static final String FLERS = "200035814";
    private static final String DOMFRONT = "200071520";
    private static final String ANDAINE = "200068443";
    private static final String VAL_ORNE = "246100390";
    private static final String FERTOIS = "200071652";
    private static final String ALENCON = "246100663";
    private static final String HAUTE_SARTHE = "200035103";
    private static final String SOURCES_ORNE = "200035111";
    private static final String ARGENTAN = "200068450";
    private static final String AUGE_MERLERAULT = "200069458";
    private static final String MORTAGNE = "200036069";
    private static final String COEUR_PERCHE = "200068435";
    private static final String HAUTS_PERCHE = "200068856";
    private static final String COLLINES_PERCHE = "200071504";
    private static final List<String> REGION = List.of("14", "50", "61");

    private record DemoZone(String code, String name, String description, List<String> epcis) {
    }

    private static final List<DemoZone> ZONES = List.of(
            new DemoZone("pays-bocage", "Pays du Bocage", "Bocage ornais : Flers, Domfront, La Ferté-Macé.",
                    List.of(FLERS, DOMFRONT, ANDAINE, VAL_ORNE, FERTOIS)),
            new DemoZone("pays-auge", "Pays d’Auge", "Pays d’Auge calvadosien et ornais.",
                    List.of(LISIEUX, TERRE_AUGE, COTE_FLEURIE, HONFLEUR, CABOURG, AUGE_MERLERAULT)),
            new DemoZone("pays-alencon", "Pays d’Alençon", "Communauté urbaine d’Alençon et son bassin.",
                    List.of(ALENCON, HAUTE_SARTHE, SOURCES_ORNE)),
            new DemoZone("pays-cotentin", "Pays du Cotentin", "Presqu’île du Cotentin.",
                    List.of(COTENTIN, BAIE_COTENTIN, COTE_OUEST)),
            new DemoZone("pays-perche", "Pays du Perche ornais", "Perche ornais.",
                    List.of(MORTAGNE, COEUR_PERCHE, HAUTS_PERCHE, COLLINES_PERCHE)));

    private record DemoOffer(String org, String publics, String notes, List<ServiceKind> services,
                             List<TerritoryRef> territories) {
    }

    private static final List<DemoOffer> OFFERS = List.of(
            offer("CRESS", "Tout porteur de projet d’ESS", "Premier accueil, information et orientation.",
                    services(ServiceKind.ACCUEIL), departements(REGION)),
            offer("URSCOP", "Porteurs de projets coopératifs (SCOP, SCIC) ; salariés repreneurs", null,
                    services(ServiceKind.CREATION, ServiceKind.STATUTS, ServiceKind.POST_CREATION), departements(REGION)),
            offer("ARDES", "Porteurs de projets d’économie solidaire ; demandeurs d’emploi", null,
                    services(ServiceKind.ACCUEIL, ServiceKind.EMERGENCE, ServiceKind.CREATION),
                    epcis(CAEN, BAYEUX, NACRE, VAL_ES_DUNES, ORNE_ODON, CINGAL, FALAISE, SEULLES, LISIEUX)),
            offer("AFIP", "Porteurs de projets en milieu rural", null,
                    services(ServiceKind.EMERGENCE),
                    epcis(COUTANCES, COTE_OUEST, VILLEDIEU, BAIE_COTENTIN, SAINT_LO)),
            offer("TERRITOIRES", "Collectifs d’habitants ; porteurs de projets de territoire", null,
                    services(ServiceKind.ACCUEIL, ServiceKind.EMERGENCE),
                    concat(zones("pays-alencon"), epcis(ARGENTAN, VAL_ORNE))),
            offer("PIVERT", "Porteurs de projets du Bocage virois", null,
                    services(ServiceKind.EMERGENCE, ServiceKind.CREATION, ServiceKind.POST_CREATION),
                    epcis(VIRE, PRE_BOCAGE)),
            offer("BNA", "Entreprises solidaires ; créateurs demandeurs d’emploi", "Réseau France Active.",
                    services(ServiceKind.GARANTIE, ServiceKind.FONDS_PROPRES), departements(REGION)),
            offer("CREDIT_COOP", "Entreprises et associations de l’ESS", null,
                    services(ServiceKind.MICROCREDIT), departements(List.of("14"))),
            offer("CREDIT_MUTUEL", "Créateurs et associations", null,
                    services(ServiceKind.MICROCREDIT), departements(List.of("14", "61"))),
            offer("MACIF", "Associations et coopératives porteuses d’innovation sociale", null,
                    services(ServiceKind.SUBVENTION), departements(REGION)),
            offer("REGION", "Entreprises de l’ESS en création", "Dispositifs régionaux de soutien à l’ESS.",
                    services(ServiceKind.SUBVENTION), departements(REGION)),
            offer("COORACE", "Structures d’insertion par l’activité économique", null,
                    services(ServiceKind.ACCUEIL, ServiceKind.CREATION), epcis(FLERS, ARGENTAN, DOMFRONT)),
            offer("UREI", "Entreprises d’insertion", null,
                    services(ServiceKind.CREATION, ServiceKind.POST_CREATION), epcis(CAEN, SAINT_LO, COTENTIN)),
            offer("FR", "Familles ; habitants des territoires ruraux", "Services à la petite enfance en milieu rural.",
                    services(ServiceKind.ACCUEIL),
                    epcis(ANDAINE, FERTOIS, AUGE_MERLERAULT, SOURCES_ORNE, FALAISE, VILLEDIEU, COEUR_PERCHE)),
            offer("CPE", "Entrepreneurs salariés", "CAE de l’Orne, ouverte en janvier 2008 (réseau Coopérer pour Entreprendre).",
                    services(ServiceKind.CAE), departements(List.of("61"))),
            offer("MEFAC", "Demandeurs d’emploi de l’agglomération caennaise", null,
                    services(ServiceKind.ACCUEIL), epcis(CAEN)),
            offer("UNICAEN", "Étudiants et salariés en reprise d’études", "DU Création d’activité, Master 1 GSES.",
                    services(ServiceKind.FORMATION), departements(List.of("14"))),
            offer("LIGUE50", "Animateurs et bénévoles associatifs", null,
                    services(ServiceKind.FORMATION), departements(List.of("50"))));

    private final DemoContext demo;

    TerritoryDemo(DemoContext demo) {
        this.demo = demo;
    }

    void load() {
        ZoneRepository zones = new ZoneRepository(demo.dsl());
        for (DemoZone zone : ZONES) {
            long id = zones.save(new Zone(0, zone.code(), zone.name(), ZoneKind.PAYS, zone.description(), -1,
                    epcis(zone.epcis().toArray(String[]::new))));
            demo.remember("zone", zone.code(), id);
        }
        OfferRepository offers = new OfferRepository(demo.dsl());
        for (DemoOffer offer : OFFERS) {
            if (!demo.has("org", offer.org())) {
                continue;
            }
            long org = demo.id("org", offer.org());
            for (ServiceKind service : offer.services()) {
                offers.save(new Offer(0, org, service, offer.publics(), offer.notes(), -1, offer.territories()));
            }
        }
    }

    private static DemoOffer offer(String org, String publics, String notes, List<ServiceKind> services,
                                   List<TerritoryRef> territories) {
        return new DemoOffer(org, publics, notes, services, territories);
    }

    private static List<ServiceKind> services(ServiceKind... services) {
        return List.of(services);
    }

    private static List<TerritoryRef> epcis(String... codes) {
        return Arrays.stream(codes).map(TerritoryRef::epci).toList();
    }

    private static List<TerritoryRef> zones(String... codes) {
        return Arrays.stream(codes).map(TerritoryRef::zone).toList();
    }

    private static List<TerritoryRef> departements(List<String> codes) {
        return codes.stream().map(TerritoryRef::departement).toList();
    }

    private static List<TerritoryRef> concat(List<TerritoryRef> a, List<TerritoryRef> b) {
        List<TerritoryRef> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
