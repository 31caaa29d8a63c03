package fr.cress.relais.actions;

/** A multi-year programme (e.g. 2007-2009) organised in axes and operational objectives. */
public record Programme(Long id, String name, int startYear, int endYear, String description, Long previousId,
                        int version) {

    /** « 2007-2009 », or « 2010 » for a one-year programme. */
    public String years() {
        return startYear == endYear ? Integer.toString(startYear) : startYear + "-" + endYear;
    }

    public boolean covers(int year) {
        return year >= startYear && year <= endYear;
    }
}
