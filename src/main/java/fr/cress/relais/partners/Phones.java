package fr.cress.relais.partners;

import java.util.Optional;

/**
 * French phone numbers as partners type them: « 02.31.06.09.23 », « 0231060923 », « +33 (0)2 31 06 09 23 »,
 * « 231060923 » (a spreadsheet dropped the leading zero) all become « 02 31 06 09 23 ».
 * Foreign numbers (+32 ...) are kept as typed, spaces tidied.
 */
public final class Phones {

    private Phones() {
    }

    /** The normalised number, or empty when the text is not a phone number. Blank text is not a number. */
    public static Optional<String> normalise(String text) {
        String t = Texts.clean(text);
        if (t == null || !t.matches("[+0-9 .\\-/()]+")) {
            return Optional.empty();
        }
        String digits = t.replace("(0)", "").replaceAll("[^0-9+]", "");
        if (digits.startsWith("+33")) {
            digits = "0" + digits.substring(3);
        } else if (digits.startsWith("0033")) {
            digits = "0" + digits.substring(4);
        } else if (digits.startsWith("+") || digits.startsWith("00")) {
            String international = digits.startsWith("00") ? "+" + digits.substring(2) : digits;
            return international.length() >= 8 && international.length() <= 16 && international.indexOf('+', 1) < 0
                    ? Optional.of(t.replaceAll("\\s+", " ")) : Optional.empty();
        }
        if (digits.length() == 9 && digits.charAt(0) != '0') {
            digits = "0" + digits;
        }
        if (digits.length() != 10 || digits.charAt(0) != '0' || digits.indexOf('+') >= 0) {
            return Optional.empty();
        }
        return Optional.of(String.join(" ", digits.substring(0, 2), digits.substring(2, 4), digits.substring(4, 6),
                digits.substring(6, 8), digits.substring(8, 10)));
    }

    /** Blank or a phone number. */
    public static boolean isValidOrBlank(String text) {
        return Texts.isBlank(text) || normalise(text).isPresent();
    }

    /** The normalised number, or the trimmed text when it is not one (validation reports it). */
    public static String normaliseOrKeep(String text) {
        return normalise(text).orElse(Texts.clean(text));
    }
}
