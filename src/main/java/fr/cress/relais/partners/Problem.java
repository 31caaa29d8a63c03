package fr.cress.relais.partners;

import fr.cress.relais.common.error.BadInputException;
import fr.cress.relais.common.i18n.I18n;

import java.util.List;

/** What is wrong with one field: an i18n key of the partners bundle and its arguments. */
public record Problem(Field field, String messageKey, List<Object> args) {

    public Problem {
        args = List.copyOf(args);
    }

    public static Problem of(Field field, String messageKey, Object... args) {
        return new Problem(field, messageKey, List.of(args));
    }

    public String text(I18n i18n) {
        return i18n.t(messageKey, args.toArray());
    }

    /** Refuses to go on when there are problems: nothing is saved, the user reads what to fix. */
    public static void refuse(I18n i18n, List<Problem> problems) {
        if (!problems.isEmpty()) {
            List<String> details = problems.stream().map(p -> p.text(i18n)).toList();
            throw new BadInputException((Throwable) null, details, "partners.error.invalid", details.get(0));
        }
    }
}
