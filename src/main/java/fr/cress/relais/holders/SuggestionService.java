package fr.cress.relais.holders;

import fr.cress.relais.common.feature.Core;

import java.util.List;
import java.util.Map;

/** PENDING: built on the territory feature's coverage once it is merged. */
public final class SuggestionService {

    private final Core core;

    SuggestionService(Core core) {
        this.core = core;
    }

    public List<NeedSuggestions> suggest(String communeCode, List<Need> needs) {
        return List.of();
    }

    List<HolderLocation> locations() {
        return List.of();
    }

    List<UncoveredDemand> uncovered(List<Holder> holders, Map<String, CommuneRef> communes) {
        return List.of();
    }
}
