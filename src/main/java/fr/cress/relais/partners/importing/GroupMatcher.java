package fr.cress.relais.partners.importing;

import fr.cress.relais.partners.Texts;
import fr.cress.relais.partners.WorkGroup;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Finds the group a file names in its own words: the same name (accents, case, punctuation aside), else
 * the only group whose name starts with the words, else the only one that contains them
 * (« Salon Planète Créa » finds « Groupe de travail « Salon Planète Créa » »). Ambiguous words find nothing.
 */
final class GroupMatcher {

    private final List<WorkGroup> groups;

    GroupMatcher(List<WorkGroup> groups) {
        this.groups = List.copyOf(groups);
    }

    Optional<WorkGroup> find(String text) {
        String key = Texts.key(text);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        for (Predicate<String> test : List.<Predicate<String>>of(key::equals, k -> k.startsWith(key), k -> k.contains(key))) {
            List<WorkGroup> found = groups.stream().filter(g -> test.test(Texts.key(g.name()))).toList();
            if (found.size() == 1) {
                return Optional.of(found.get(0));
            }
            if (found.size() > 1) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
