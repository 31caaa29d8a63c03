package fr.cress.relais.partners.importing;

import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.i18n.Labelled;
import fr.cress.relais.partners.Texts;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an enum value written in words: its label (« Réseau d’accompagnement »), its constant name, or a
 * synonym; « Association loi 1901 » is an association (the text starts with a label).
 */
final class EnumMatcher<E extends Enum<E> & Labelled> {

    private final Map<String, E> keys = new LinkedHashMap<>();

    EnumMatcher(Class<E> type, I18n i18n) {
        for (E value : type.getEnumConstants()) {
            keys.put(Texts.key(i18n.label(value)), value);
            keys.put(Texts.key(value.name()), value);
        }
    }

    EnumMatcher<E> synonym(E value, String... words) {
        for (String word : words) {
            keys.put(Texts.key(word), value);
        }
        return this;
    }

    Optional<E> match(String text) {
        String key = Texts.key(text);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        E exact = keys.get(key);
        if (exact != null) {
            return Optional.of(exact);
        }
        return keys.entrySet().stream()
                .filter(e -> e.getKey().length() >= 3 && key.startsWith(e.getKey()))
                .max((a, b) -> Integer.compare(a.getKey().length(), b.getKey().length()))
                .map(Map.Entry::getValue);
    }
}
