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
     * What the filter compares, so that typing « ecouche » finds « Écouché ».
     */
    public static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String lower = text.toLowerCase(java.util.Locale.ROOT)
                .replace("œ", "oe").replace("æ", "ae").replace('’', '\'').replace("ß", "ss");
        boolean ascii = lower.chars().allMatch(c -> c < 128);
        return ascii ? lower : MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }

    /**
     * The key under which two names are the same organisation: folded, punctuation and spaces removed,
     * « Territoires etc. » and « TERRITOIRES ETC » give the same key.
     */
    public static String key(String text) {
        return NOT_ALNUM.matcher(fold(text)).replaceAll("");
    }
}
