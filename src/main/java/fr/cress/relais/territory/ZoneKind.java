package fr.cress.relais.territory;

import fr.cress.relais.common.i18n.Labelled;

/** What a user-defined zone stands for. */
public enum ZoneKind implements Labelled {
    PAYS,
    BASSIN_DE_VIE,
    AUTRE;

    @Override
    public String labelKey() {
        return "territory.zoneKind." + name();
    }

    static ZoneKind parse(String stored) {
        for (ZoneKind kind : values()) {
            if (kind.name().equals(stored)) {
                return kind;
            }
        }
        return AUTRE;
    }
}
