package fr.cress.relais.partners;

import java.util.Locale;
import java.util.regex.Pattern;

/** E-mail addresses: a plausible shape (name@domain.tld), compared without case. */
public final class Emails {

    private static final Pattern SHAPE = Pattern.compile("^[^@\\s<>\"(),;:]+@[^@\\s<>\"(),;:]+\\.[A-Za-z]{2,}$");

    private Emails() {
    }

    public static boolean isValid(String text) {
        String t = Texts.clean(text);
        return t != null && SHAPE.matcher(t).matches() && !t.contains("..");
    }

    public static boolean isValidOrBlank(String text) {
        return Texts.isBlank(text) || isValid(text);
    }

    /** The key two addresses share when they are the same mailbox. */
    public static String key(String text) {
        String t = Texts.clean(text);
        return t == null ? "" : t.toLowerCase(Locale.ROOT);
    }

    /** « mailto:Claire@X.org » or « Claire <claire@x.org> » as partners paste them: the bare address. */
    public static String extract(String text) {
        String t = Texts.clean(text);
        if (t == null) {
            return null;
        }
        if (t.regionMatches(true, 0, "mailto:", 0, 7)) {
            t = t.substring(7);
        }
        int open = t.indexOf('<');
        int close = t.indexOf('>');
        if (open >= 0 && close > open) {
            t = t.substring(open + 1, close);
        }
        return t.strip();
    }
}
