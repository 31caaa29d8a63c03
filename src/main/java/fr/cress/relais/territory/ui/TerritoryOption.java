package fr.cress.relais.territory.ui;

import fr.cress.relais.territory.TerritoryRef;

/** A territory offered in a picker: its reference and how it reads (« EPCI · CU Caen la Mer »). */
record TerritoryOption(TerritoryRef ref, String name, String label) {

    @Override
    public String toString() {
        return label;
    }
}
