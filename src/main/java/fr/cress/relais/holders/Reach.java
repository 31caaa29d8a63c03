package fr.cress.relais.holders;

import fr.cress.relais.common.i18n.Labelled;

import java.util.Locale;

/**
 * How a suggested offer reaches the holder's commune: through the commune itself, its EPCI, a zone (a pays),
 * its departement — narrower first — or not at all ({@link #NEARBY}: it covers a commune nearby).
 */
public enum Reach implements Labelled {
    COMMUNE,
    EPCI,
    ZONE,
    DEPARTEMENT,
    NEARBY;

    /** Lowercase key for files and the command line ({@code commune}, {@code epci}, ... {@code nearby}). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String labelKey() {
        return "holders.reach." + name();
    }
}
