package fr.cress.relais.actions;

import java.time.LocalDate;

/**
 * A joint action of the group: what it is, where it sits in the programme, when and where it happens, and
 * what came of it. {@code rank} orders the actions of an objective (a, b, c…).
 */
public record JointAction(Long id, long programmeId, Long objectiveId, int rank, String title, ActionKind kind,
                          ActionStatus status, Integer startYear, Integer endYear, LocalDate startDate,
                          LocalDate endDate, String place, String description, String results, String notes,
                          int version) {

    /** « 2008 », « 2007-2009 », or empty. */
    public String years() {
        if (startYear == null) {
            return endYear == null ? "" : endYear.toString();
        }
        return endYear == null || endYear.equals(startYear) ? startYear.toString() : startYear + "-" + endYear;
    }

    public boolean covers(int year) {
        int from = startYear != null ? startYear : endYear != null ? endYear : year;
        int to = endYear != null ? endYear : from;
        return year >= from && year <= to;
    }
}
