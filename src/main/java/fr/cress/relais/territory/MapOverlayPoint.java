package fr.cress.relais.territory;

/**
 * One circle of a {@link MapOverlaySource}: where (a commune's INSEE code and position), how many things it
 * stands for (its area grows with the count), whether it marks a gap (drawn in the warning colour), the text
 * of its tooltip, and the target given to the source's section when it is clicked.
 */
public record MapOverlayPoint(String communeCode, String communeName, double lat, double lon, int count,
                              boolean gap, String tooltip, Object target) {
}
