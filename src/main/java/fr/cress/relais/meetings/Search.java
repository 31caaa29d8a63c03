package fr.cress.relais.meetings;

import java.text.Normalizer;
import java.util.Locale;

/** Text as searched: lower case without accents, so that « Décision » matches « decision ». */
public final class Search {

    private Search() {
    }

    public static String fold(String s) {
        if (s == null) {
            return "";
        }
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).strip();
    }
}
