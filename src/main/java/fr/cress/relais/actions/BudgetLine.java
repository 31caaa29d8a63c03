package fr.cress.relais.actions;

import java.math.BigDecimal;

/** An expense or an income (co-financing) of a joint action, with amounts planned, granted and received. */
public record BudgetLine(Long id, BudgetLineType type, String label, Long funderId, Integer year,
                         BigDecimal planned, BigDecimal granted, BigDecimal received) {
}
