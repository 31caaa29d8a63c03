package fr.cress.relais.territory.ui;

import fr.cress.relais.territory.TerritoryLevel;

/** What to show when another view leads to the map: a service (or family) key and a level. */
public record MapTarget(String serviceKey, TerritoryLevel level) {
}
