package fr.cress.relais.common.i18n;

/**
 * A value shown to the user through a resource-bundle key, typically an enum constant.
 * The i18n test checks that every constant of every {@code Labelled} enum has its key in each bundle.
 */
public interface Labelled {
    String labelKey();
}
