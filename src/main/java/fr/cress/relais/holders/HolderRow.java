package fr.cress.relais.holders;

import java.time.LocalDate;
import java.util.List;

/** One line of the list of holders, with what the list filters on. */
public record HolderRow(long id, String displayName, String projectName, String communeCode, String communeName,
                        Stage stage, List<String> needs, LocalDate firstContactOn, ContactChannel channel,
                        boolean anonymised, int referrals, int followUpsDue) {

    public HolderRow {
        needs = List.copyOf(needs);
    }

    public int year() {
        return firstContactOn.getYear();
    }
}
