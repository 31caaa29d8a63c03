package fr.cress.relais.meetings;

import java.util.SortedMap;

/** How often an organisation came to the held meetings it was invited to, per year and in all. */
public record AttendanceRate(long organisationId, String organisation, SortedMap<Integer, Ratio> byYear,
                             Ratio total) {

    /** {@code attended} meetings out of {@code invited}. */
    public record Ratio(int attended, int invited) {

        public double rate() {
            return invited == 0 ? Double.NaN : (double) attended / invited;
        }

        Ratio plus(boolean came) {
            return new Ratio(attended + (came ? 1 : 0), invited + 1);
        }
    }
}
