package fr.cress.relais.holders;

import java.util.List;

/**
 * The answer for one need in one commune: the partners covering it (narrowest territory first), or, when
 * none does, {@code message} says so (« Aucune offre de financement ne couvre Domfront en Poiraie. ») and
 * {@code nearest} lists the nearest offers elsewhere.
 */
public record NeedSuggestions(Need need, String communeCode, String communeName, List<Suggestion> covering,
                              List<Suggestion> nearest, String message) {

    public NeedSuggestions {
        covering = List.copyOf(covering);
        nearest = List.copyOf(nearest);
    }

    public boolean isCovered() {
        return !covering.isEmpty();
    }
}
