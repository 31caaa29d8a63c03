package fr.cress.relais.common.feature;

import java.util.List;

/**
 * Figures a feature adds to the bilan of a programme, e.g. the project holders welcomed over its years.
 * The actions feature writes the bilan and knows nothing of what the tables count; each table becomes a
 * sheet after the programme's own, in the same style (title block, frozen header, totals as formulas).
 * Registered at the composition root; the same bilan is written from the window and the command line.
 */
@FunctionalInterface
public interface BilanContribution {

    /** The tables for the programme's years {@code fromYear}..{@code toYear}; called in the background. */
    List<BilanTable> tables(int fromYear, int toYear);
}
