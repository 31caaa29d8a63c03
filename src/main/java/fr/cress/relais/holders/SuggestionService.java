package fr.cress.relais.holders;

import fr.cress.relais.common.error.BadInputException;
import fr.cress.relais.common.feature.Core;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.territory.CommuneInfo;
import fr.cress.relais.territory.CoverageService;
import fr.cress.relais.territory.CoveringOffer;
import fr.cress.relais.territory.ServiceKind;
import fr.cress.relais.territory.TerritoryLevel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * For a commune and a holder's needs, the partners whose offer covers the commune, from the territory
 * feature's coverage (narrowest territory first: the commune, its EPCI, a zone, its departement). When no
 * offer covers it, says so and proposes the nearest offers elsewhere. One suggestion per partner and need,
 * listing the services of that partner which answer the need.
 */
public final class SuggestionService {

    /** How many nearby offers to propose when none covers the commune. */
    static final int NEAREST = 3;

    private final I18n i18n;
    private final CoverageService coverage;

    SuggestionService(Core core, CoverageService coverage) {
        this.i18n = core.i18n();
        this.coverage = coverage;
    }

    /** The suggestions for each need, in the order given. Unknown commune: {@link BadInputException}. */
    public List<NeedSuggestions> suggest(String communeCode, List<Need> needs) {
        CommuneInfo commune = coverage.commune(communeCode)
                .orElseThrow(() -> new BadInputException("holders.cli.unknownCommune", communeCode));
        List<NeedSuggestions> result = new ArrayList<>();
        for (Need need : needs) {
            List<Suggestion> covering = group(coverage.offersCovering(commune.code(), need.services()), false);
            List<Suggestion> nearest = covering.isEmpty()
                    ? group(coverage.nearestOffers(commune.code(), need.services(), NEAREST), true) : List.of();
            String message = covering.isEmpty() ? noOffer(need, commune.name()) : null;
            result.add(new NeedSuggestions(need, commune.code(), commune.name(), covering, nearest, message));
        }
        return result;
    }

    /** « Aucune offre de financement ne couvre Domfront en Poiraie. » */
    String noOffer(Need need, String communeName) {
        String label = lowerFirst(i18n.label(need));
        boolean vowel = !label.isEmpty() && "aeiouyhéèêàâîôû".indexOf(label.charAt(0)) >= 0;
        return i18n.t(vowel ? "holders.suggest.noneVowel" : "holders.suggest.none", label, communeName);
    }

    private List<Suggestion> group(List<CoveringOffer> offers, boolean nearby) {
        Map<Long, List<CoveringOffer>> byPartner = new LinkedHashMap<>();
        offers.forEach(o -> byPartner.computeIfAbsent(o.organisationId(), k -> new ArrayList<>()).add(o));
        List<Suggestion> result = new ArrayList<>();
        byPartner.values().forEach(list -> result.add(suggestion(list, nearby)));
        return result;
    }

    private static Suggestion suggestion(List<CoveringOffer> offers, boolean nearby) {
        CoveringOffer first = offers.get(0);
        List<ServiceKind> services = offers.stream().map(CoveringOffer::service).distinct().toList();
        Reach reach = nearby ? Reach.NEARBY : reach(first.level());
        var contact = first.mainContact();
        return new Suggestion(first.organisationId(), first.shortName(), first.organisationName(), services, reach,
                first.territoryName(), first.distanceKm(), first.communeName(),
                contact.map(c -> c.name()).orElse(null), contact.map(c -> c.phone()).orElse(null),
                contact.map(c -> c.email()).orElse(null));
    }

    private static Reach reach(TerritoryLevel level) {
        return switch (level) {
            case COMMUNE -> Reach.COMMUNE;
            case EPCI -> Reach.EPCI;
            case ZONE -> Reach.ZONE;
            default -> Reach.DEPARTEMENT;
        };
    }

    private static String lowerFirst(String s) {
        if (s.length() > 1 && Character.isUpperCase(s.charAt(1))) {
            return s;
        }
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
