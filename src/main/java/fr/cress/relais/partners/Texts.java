package fr.cress.relais.partners;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Small text helpers of the directory: trimming, joining, and the folded form used to search and compare. */
public final class Texts {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{Alnum}]+");

    private Texts() {
    }

    /** Trimmed text, or null when blank (no-break spaces count as spaces). */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.replace('\u00A0', ' ').replace('\u202F', ' ').strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    public static boolean isBlank(String text) {
        return clean(text) == null;
    }

    /** Non-blank parts joined by {@code separator}. */
    public static String join(String separator, String... parts) {
        return Arrays.stream(parts).map(Texts::clean).filter(Objects::nonNull).collect(Collectors.joining(separator));
    }

    /**
     * Lower case without accents, ligatures spelt out: « Œuvre Écouché » → « oeuvre ecouche ».
     * What the filter compares, so that typing « ecouche » finds « Écouché ». Written as a plain loop: it runs
     * for every row of lists of 50 000 contacts.
     */
    public static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = Character.toLowerCase(text.charAt(i));
            if (c < 128) {
                out.append(c);
            } else {
                out.append(foldChar(c));
            }
        }
        return out.toString();
    }

    private static String foldChar(char c) {
        switch (c) {
            case 'à', 'â', 'ä', 'á', 'ã', 'å' -> {
                return "a";
            }
            case 'é', 'è', 'ê', 'ë' -> {
                return "e";
            }
            case 'î', 'ï', 'í', 'ì' -> {
                return "i";
            }
            case 'ô', 'ö', 'ó', 'ò', 'õ' -> {
                return "o";
            }
            case 'ù', 'û', 'ü', 'ú' -> {
                return "u";
            }
            case 'ç' -> {
                return "c";
            }
            case 'ÿ', 'ý' -> {
                return "y";
            }
            case 'ñ' -> {
                return "n";
            }
            case 'œ' -> {
                return "oe";
            }
            case 'æ' -> {
                return "ae";
            }
            case 'ß' -> {
                return "ss";
            }
            case '’', '‘' -> {
                return "'";
            }
            case '\u00A0', '\u202F' -> {
                return " ";
            }
            default -> {
                return MARKS.matcher(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD)).replaceAll("");
            }
        }
    }

    /**
     * The key under which two names are the same organisation: folded, punctuation and spaces removed,
     * « Territoires etc. » and « TERRITOIRES ETC » give the same key.
     */
    public static String key(String text) {
        return NOT_ALNUM.matcher(fold(text)).replaceAll("");
    }
}
