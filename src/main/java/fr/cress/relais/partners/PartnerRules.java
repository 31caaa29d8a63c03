package fr.cress.relais.partners;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules a record must follow before it is saved. Pure functions: the forms show them next to each
 * field as the user types, the services check them again before writing, the import uses them per row.
 */
public final class PartnerRules {

    private static final Pattern POSTAL_CODE = Pattern.compile("\\d{5}");
    private static final Pattern INSEE = Pattern.compile("\\d[0-9AaBb]\\d{3}");
    private static final Pattern WEBSITE = Pattern.compile("(?i)(https?://)?[\\p{L}0-9.\\-]+\\.[a-z]{2,}(/\\S*)?");

    private PartnerRules() {
    }

    public static List<Problem> organisation(Organisation o) {
        List<Problem> problems = new ArrayList<>();
        if (Texts.isBlank(o.name())) {
            problems.add(Problem.of(Field.NAME, "partners.rule.nameRequired"));
        } else if (o.name().strip().length() > 300) {
            problems.add(Problem.of(Field.NAME, "partners.rule.tooLong", 300));
        }
        if (!Texts.isBlank(o.acronym()) && o.acronym().strip().length() > 60) {
            problems.add(Problem.of(Field.ACRONYM, "partners.rule.tooLong", 60));
        }
        if (!Texts.isBlank(o.website()) && !WEBSITE.matcher(o.website().strip()).matches()) {
            problems.add(Problem.of(Field.WEBSITE, "partners.rule.website"));
        }
        email(o.email(), problems);
        phone(o.phone(), problems);
        if (!Texts.isBlank(o.postalCode()) && !POSTAL_CODE.matcher(o.postalCode().strip()).matches()) {
            problems.add(Problem.of(Field.POSTAL_CODE, "partners.rule.postalCode"));
        }
        if (!Texts.isBlank(o.communeCode()) && !INSEE.matcher(o.communeCode().strip()).matches()) {
            problems.add(Problem.of(Field.COMMUNE_CODE, "partners.rule.communeCode"));
        }
        return problems;
    }

    public static List<Problem> contact(Contact c, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (Texts.isBlank(c.lastName())) {
            problems.add(Problem.of(Field.LAST_NAME, "partners.rule.lastNameRequired"));
        }
        email(c.email(), problems);
        phone(c.phone(), problems);
        if (c.consentDate() != null && c.consentDate().isAfter(today)) {
            problems.add(Problem.of(Field.CONSENT_DATE, "partners.rule.consentFuture"));
        }
        return problems;
    }

    public static List<Problem> group(WorkGroup g) {
        return Texts.isBlank(g.name()) ? List.of(Problem.of(Field.NAME, "partners.rule.groupNameRequired")) : List.of();
    }

    /** {@code organisationContacts}: ids of the contacts of the member organisation (its possible representatives). */
    public static List<Problem> membership(Membership m, Collection<Long> organisationContacts) {
        List<Problem> problems = new ArrayList<>();
        if (m.joinedOn() != null && m.leftOn() != null && m.leftOn().isBefore(m.joinedOn())) {
            problems.add(Problem.of(Field.LEFT_ON, "partners.rule.leftBeforeJoined"));
        }
        if (!organisationContacts.containsAll(m.representativeIds())) {
            problems.add(Problem.of(Field.REPRESENTATIVES, "partners.rule.representative"));
        }
        return problems;
    }

    private static void email(String email, List<Problem> problems) {
        if (!Emails.isValidOrBlank(email)) {
            problems.add(Problem.of(Field.EMAIL, "partners.rule.email", email.strip()));
        }
    }

    private static void phone(String phone, List<Problem> problems) {
        if (!Phones.isValidOrBlank(phone)) {
            problems.add(Problem.of(Field.PHONE, "partners.rule.phone", phone.strip()));
        }
    }
}
