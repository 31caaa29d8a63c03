package fr.cress.relais.partners.ui;

/** An item of a choice box: a value (null for « all ») and how it is shown. */
record Choice<T>(T value, String label) {

    @Override
    public String toString() {
        return label;
    }
}
