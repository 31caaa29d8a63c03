package fr.cress.relais.partners.ui;

import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.partners.ConsentBasis;
import fr.cress.relais.partners.Contact;
import fr.cress.relais.partners.LegalForm;
import fr.cress.relais.partners.Organisation;
import fr.cress.relais.partners.OrganisationKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Invented contacts in large numbers, for measuring the lists (filtering 50 000 contacts while typing).
 * Deterministic for a given seed.
 */
public final class SyntheticDirectory {

    private static final String[] FIRST = {"Claire", "Thomas", "Élodie", "Julien", "Sophie", "Nicolas", "Hélène",
            "François", "Agnès", "Benoît", "Céline", "Mathieu", "Aurélie", "Karim", "Martine", "Loïc"};
    private static final String[] LAST = {"Lemonnier", "Guérin", "Marie", "Hébert", "Lecœur", "Duval", "Benali",
            "Lefèvre", "Vautier", "Ozenne", "Langlois", "Leroy", "Bréard", "Perrin", "Letellier", "Gosselin"};
    private static final String[] TOWNS = {"Caen", "Saint-Lô", "Alençon", "Hérouville-Saint-Clair", "Vire Normandie",
            "Flers", "Argentan", "Écouché", "Cherbourg-en-Cotentin", "Lisieux", "Bayeux", "Granville"};
    private static final String[] ORGS = {"Association", "Coopérative", "Atelier", "Réseau", "Maison", "Collectif"};

    private SyntheticDirectory() {
    }

    /** {@code n} contact rows spread over n / 10 organisations. */
    public static List<ContactRow> contactRows(int n, long seed, I18n i18n) {
        Random random = new Random(seed);
        DirectoryRows rows = new DirectoryRows(i18n);
        List<Organisation> organisations = new ArrayList<>();
        for (int i = 0; i < Math.max(1, n / 10); i++) {
            String town = TOWNS[random.nextInt(TOWNS.length)];
            organisations.add(new Organisation((long) i + 1, ORGS[random.nextInt(ORGS.length)] + " " + town + " " + i,
                    "S" + i, OrganisationKind.values()[random.nextInt(OrganisationKind.values().length)],
                    LegalForm.ASSOCIATION, null, "14000", town, null, null, null, null, List.of("ESS"), null, 0, null));
        }
        List<ContactRow> result = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Organisation o = organisations.get(random.nextInt(organisations.size()));
            String first = FIRST[random.nextInt(FIRST.length)];
            String last = LAST[random.nextInt(LAST.length)] + (i % 7 == 0 ? "-" + LAST[random.nextInt(LAST.length)] : "");
            Contact c = new Contact((long) i + 1, first, last, "Chargé de mission",
                    "contact" + i + "@exemple.org", "02 31 00 00 00", null, ConsentBasis.LEGITIMATE_INTEREST,
                    LocalDate.of(2020, 1, 1), false, List.of(o.id()), 0, null);
            result.add(rows.contact(c, List.of(o), Set.of()));
        }
        return result;
    }
}
