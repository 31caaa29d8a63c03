package fr.cress.relais.territory;

import java.util.List;

/**
 * A user-defined group of EPCI or communes (a « pays », a bassin de vie). {@code code} is stable (offers
 * refer to it); {@code id} is 0 and {@code version} -1 for a zone not saved yet.
 */
public record Zone(long id, String code, String name, ZoneKind kind, String description, int version,
                   List<TerritoryRef> members) {

    public Zone {
        members = List.copyOf(members);
    }

    public boolean isNew() {
        return id == 0;
    }
}
