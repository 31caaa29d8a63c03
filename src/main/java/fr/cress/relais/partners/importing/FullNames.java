package fr.cress.relais.partners.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits « Claire Lemonnier », « Claire LEMONNIER », « LEMONNIER Claire » or « Jean-Marc Le Goff » into a
 * first and a last name. Words in capitals are the last name; otherwise the first word is the first name.
 */
final class FullNames {

    private FullNames() {
    }

    /** {first name or null, last name}. */
    static String[] split(String full) {
        String[] words = full.strip().split("\\s+");
        if (words.length == 1) {
            return new String[]{null, words[0]};
        }
        List<String> upper = new ArrayList<>();
        List<String> other = new ArrayList<>();
        for (String word : words) {
            (isUpper(word) ? upper : other).add(word);
        }
        if (!upper.isEmpty() && !other.isEmpty()) {
            return new String[]{String.join(" ", other), String.join(" ", upper)};
        }
        return new String[]{words[0], full.strip().substring(words[0].length()).strip()};
    }

    private static boolean isUpper(String word) {
        return word.length() > 1 && word.chars().anyMatch(Character::isLetter)
                && word.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }
}
