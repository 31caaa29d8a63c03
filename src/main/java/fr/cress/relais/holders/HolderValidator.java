package fr.cress.relais.holders;

import fr.cress.relais.common.error.BadInputException;
import fr.cress.relais.common.i18n.I18n;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The rules a holder must follow before it is saved. The form checks the same rules as the user types
 * (through {@link #problems}); the service refuses a holder that breaks one, and nothing is saved.
 */
public final class HolderValidator {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^[+0-9 ().-]{6,20}$");

    private final I18n i18n;

    public HolderValidator(I18n i18n) {
        this.i18n = i18n;
    }

    /** Every rule the holder breaks, already translated; empty when it can be saved. */
    public List<String> problems(Holder h, LocalDate today, Predicate<String> communeExists) {
        List<String> problems = new ArrayList<>();
        check(problems, h.displayName() != null && !h.displayName().isBlank(), "holders.invalid.name");
        check(problems, h.stage() != null, "holders.invalid.stage");
        check(problems, h.firstContactOn() != null && !h.firstContactOn().isAfter(today),
                "holders.invalid.firstContact");
        check(problems, h.communeCode() == null || communeExists.test(h.communeCode()),
                "holders.invalid.commune");
        check(problems, isEmailOrBlank(h.email()), "holders.invalid.email");
        check(problems, isBlank(h.phone()) || PHONE.matcher(h.phone().strip()).matches(), "holders.invalid.phone");
        if (!h.anonymised()) {
            check(problems, h.consentBasis() != null && h.consentDate() != null && !h.consentDate().isAfter(today),
                    "holders.invalid.consent");
        }
        check(problems, h.needs().stream().allMatch(n -> Need.of(n).isPresent()), "holders.invalid.need");
        return problems;
    }

    /** Throws a {@link BadInputException} listing the problems, if any. */
    void require(Holder h, LocalDate today, Predicate<String> communeExists) {
        List<String> problems = problems(h, today, communeExists);
        if (!problems.isEmpty()) {
            throw new BadInputException((Throwable) null, problems, "holders.invalid.summary");
        }
    }

    private void check(List<String> problems, boolean ok, String key) {
        if (!ok) {
            problems.add(i18n.t(key));
        }
    }

    /** True for nothing, or something that looks like an e-mail address. */
    public static boolean isEmailOrBlank(String s) {
        return isBlank(s) || EMAIL.matcher(s.strip()).matches();
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
