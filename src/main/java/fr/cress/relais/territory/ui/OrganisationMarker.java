package fr.cress.relais.territory.ui;

import fr.cress.relais.territory.CommuneInfo;
import fr.cress.relais.territory.OrganisationRef;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An organisation placed on the map at the position of its commune; {@code slot} of {@code slots} tells the
 * layer how to move apart the markers of organisations sharing a commune.
 */
record OrganisationMarker(OrganisationRef organisation, String communeName, double lat, double lon, int slot,
                          int slots) {

    /**
     * The markers of the organisations whose commune is known, in the organisations' order, grouped by
     * commune (each organisation gets its slot around its commune).
     */
    static List<OrganisationMarker> placed(List<CommuneInfo> communeList, List<OrganisationRef> organisations) {
        Map<String, CommuneInfo> communes = new HashMap<>();
        communeList.forEach(c -> communes.put(c.code(), c));
        Map<String, List<OrganisationRef>> byCommune = new LinkedHashMap<>();
        for (OrganisationRef org : organisations) {
            if (org.communeCode() != null && communes.containsKey(org.communeCode())) {
                byCommune.computeIfAbsent(org.communeCode(), k -> new ArrayList<>()).add(org);
            }
        }
        List<OrganisationMarker> result = new ArrayList<>();
        byCommune.forEach((code, orgs) -> {
            CommuneInfo c = communes.get(code);
            for (int i = 0; i < orgs.size(); i++) {
                result.add(new OrganisationMarker(orgs.get(i), c.name(), c.lat(), c.lon(), i, orgs.size()));
            }
        });
        return List.copyOf(result);
    }
}

