package fr.cress.relais.partners.ui;

import fr.cress.relais.partners.OrganisationKind;
import fr.cress.relais.partners.Texts;

import java.util.Arrays;
import java.util.List;

/**
 * What the filter bar asks for: words typed (folded: « ecouche » finds « Écouché »), an organisation kind,
 * a group (current members), a town. Null means « any ».
 */
public record RowFilter(List<String> words, OrganisationKind kind, Long groupId, String town) {

    public static final RowFilter NONE = new RowFilter(List.of(), null, null, null);

    public static RowFilter of(String typed, OrganisationKind kind, Long groupId, String town) {
        List<String> words = Arrays.stream(Texts.fold(typed == null ? "" : typed).split("\\s+"))
                .filter(w -> !w.isEmpty()).toList();
        return new RowFilter(words, kind, groupId, town == null ? null : Texts.fold(town));
    }

    public boolean isEmpty() {
        return words.isEmpty() && kind == null && groupId == null && town == null;
    }

    /** True when every typed word occurs in {@code searchText} (already folded). */
    boolean matchesText(String searchText) {
        for (String word : words) {
            if (!searchText.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
