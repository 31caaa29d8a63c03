package fr.cress.relais.territory;

/**
 * One circle of a {@link MapOverlaySource}: where (a territory's code, name and centre; a commune's INSEE code
 * and position at commune level), how many things it
 * stands for (its area grows with the count), whether it marks a gap (drawn in the warning colour), the text
 * of its tooltip, and the target given to the source's section when it is clicked.
 */
public record MapOverlayPoint(String code, String name, double lat, double lon, int count,
                              boolean gap, String tooltip, Object target) {
}
