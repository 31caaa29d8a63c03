package fr.cress.relais.common.feature;

/** Lets a view lead to another section, e.g. a dashboard chart to the list behind it. */
@FunctionalInterface
public interface Navigator {
    void show(SectionId section, Object target);
}
