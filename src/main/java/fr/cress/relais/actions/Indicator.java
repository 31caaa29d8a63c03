package fr.cress.relais.actions;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;

/** A figure of a joint action for a year (or the whole action when {@code year} is null). */
public record Indicator(Long id, Integer year, String name, String unit, BigDecimal planned, BigDecimal achieved,
                        String qualitative) {

    /** Achieved / planned (3 000 / 1 000 → 3.0), when both are known and something was planned. */
    public Optional<Double> ratio() {
        if (planned == null || achieved == null || planned.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(achieved.divide(planned, MathContext.DECIMAL64).doubleValue());
    }
}
