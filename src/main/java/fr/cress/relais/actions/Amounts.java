package fr.cress.relais.actions;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;

/** Amounts planned, granted and received, summed over budget lines (missing amounts count as zero). */
public record Amounts(BigDecimal planned, BigDecimal granted, BigDecimal received) {

    public static final Amounts ZERO = new Amounts(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    public Amounts plus(BudgetLine line) {
        return new Amounts(add(planned, line.planned()), add(granted, line.granted()), add(received, line.received()));
    }

    public Amounts plus(Amounts other) {
        return new Amounts(planned.add(other.planned), granted.add(other.granted), received.add(other.received));
    }

    /** Received / planned, when something was planned. */
    public Optional<Double> receivedRatio() {
        return planned.signum() == 0 ? Optional.empty()
                : Optional.of(received.divide(planned, MathContext.DECIMAL64).doubleValue());
    }

    public boolean isZero() {
        return planned.signum() == 0 && granted.signum() == 0 && received.signum() == 0;
    }

    private static BigDecimal add(BigDecimal total, BigDecimal value) {
        return value == null ? total : total.add(value);
    }
}
