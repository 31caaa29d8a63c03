package fr.cress.relais.actions;

/** An operational objective of an axis (« Objectif opérationnel n° 2 »). */
public record Objective(Long id, long axisId, int number, String title, String description, int version) {
}
