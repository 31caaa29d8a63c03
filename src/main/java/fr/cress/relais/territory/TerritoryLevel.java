package fr.cress.relais.territory;

import fr.cress.relais.common.i18n.Labelled;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The levels at which an offer covers territory, narrower first: a commune, an intercommunality (EPCI),
 * a user-defined zone (a « pays », a bassin de vie) or a department. Stored by {@link #name()}; typed
 * on the command line by {@link #key()}.
 */
public enum TerritoryLevel implements Labelled {
    COMMUNE("commune"),
    EPCI("epci"),
    ZONE("zone"),
    DEPARTEMENT("departement");

    private final String key;

    TerritoryLevel(String key) {
        this.key = key;
    }

    /** Lowercase key used on the command line and in files: {@code commune}, {@code epci}... */
    public String key() {
        return key;
    }

    @Override
    public String labelKey() {
        return "territory.level." + key;
    }

    /** The level for a key ({@code epci}) or a stored name ({@code EPCI}); empty when unknown. */
    public static Optional<TerritoryLevel> byKey(String key) {
        if (key == null) {
            return Optional.empty();
        }
        String k = key.strip().toLowerCase(Locale.ROOT).replace("é", "e");
        return Arrays.stream(values()).filter(l -> l.key.equals(k)).findFirst();
    }
}
