package fr.cress.relais.meetings;

/** How many action items are open, and how many of them are past their due date. */
public record ActionItemCounts(int open, int overdue) {
}
