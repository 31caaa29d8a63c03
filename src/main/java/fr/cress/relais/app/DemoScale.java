package fr.cress.relais.app;

import java.util.Locale;

/**
 * Sizes of the generated stores: {@code LARGE} is a large regional network (5,000 organisations, 50,000
 * contacts, 2,000 meetings, 20,000 action items, 5,000 joint actions, 10,000 holders), {@code XLARGE} three
 * times as much (a national federation, or ten more years of history).
 */
public enum DemoScale {
    EXAMPLE(0),
    LARGE(1),
    XLARGE(3);

    private final double factor;

    DemoScale(double factor) {
        this.factor = factor;
    }

    public double factor() {
        return factor;
    }

    /** « large », as typed on the command line. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
