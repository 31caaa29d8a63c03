package fr.cress.relais.exchange.xlsx;

import java.math.BigDecimal;

/**
 * Values with a meaning beyond their Java type, for {@link SheetWriter#row(Object...)}.
 * Plain values are written by type: String as text (never a formula), Number as a number,
 * LocalDate / LocalDateTime as dates, Boolean as « oui » / « non », null as an empty cell.
 */
public sealed interface Cell {

    /** An amount in euros (# ##0,00 €). */
    record Money(BigDecimal amount) implements Cell {
    }

    /** A ratio shown as a percentage (0.75 → 75 %). */
    record Percent(Double ratio) implements Cell {
    }

    /** A formula Relais wrote on purpose, e.g. {@code SUM(C5:C9)}. */
    record Formula(String expression, Style style) implements Cell {
    }

    /** Text shown in bold (group rows: axis, objective). */
    record Strong(String text) implements Cell {
    }

    /** Text that wraps within its column (long comments). In a column of fixed width, the row grows to show it. */
    record Wrapped(String text) implements Cell {
    }

    /** A year, written as a number without thousands separator (2008, not 2 008). */
    record Year(Integer year) implements Cell {
    }

    /** How a formula's result is shown. */
    enum Style { INTEGER, DECIMAL, MONEY, PERCENT }

    static Money money(BigDecimal amount) {
        return new Money(amount);
    }

    static Percent percent(Double ratio) {
        return new Percent(ratio);
    }

    static Formula formula(String expression, Style style) {
        return new Formula(expression, style);
    }

    static Strong strong(String text) {
        return new Strong(text);
    }

    static Wrapped wrapped(String text) {
        return new Wrapped(text);
    }

    static Year year(Integer year) {
        return new Year(year);
    }
}
