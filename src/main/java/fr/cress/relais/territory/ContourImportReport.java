package fr.cress.relais.territory;

import java.util.List;

/**
 * What an import of contours did: contours stored per level, the codes whose polygon had to be repaired
 * (self-intersection...), and how many features were ignored because their code is not in the reference.
 */
public record ContourImportReport(int communes, int epcis, int departements, List<String> repaired, int ignored) {

    public ContourImportReport {
        repaired = List.copyOf(repaired);
    }

    public int stored() {
        return communes + epcis + departements;
    }
}
