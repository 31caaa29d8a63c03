package fr.cress.relais.territory.ui;

import java.text.Normalizer;
import java.util.Locale;

/** Filter-as-you-type matching that ignores case, accents and hyphens: « saint lo » finds Saint-Lô. */
final class Search {

    private Search() {
    }

    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[-’'_]", " ").replaceAll("\\s+", " ").strip();
    }

    /** True when every word of the query appears in the text. */
    static boolean matches(String text, String query) {
        String haystack = normalise(text);
        for (String word : normalise(query).split(" ")) {
            if (!word.isEmpty() && !haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
