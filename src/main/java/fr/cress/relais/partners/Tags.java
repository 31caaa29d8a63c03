package fr.cress.relais.partners;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Tags of an organisation, typed as « rural ; insertion » or « rural, insertion ». */
public final class Tags {

    private Tags() {
    }

    public static List<String> parse(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return clean(Arrays.asList(text.split("[;,|]")));
    }

    public static List<String> clean(List<String> tags) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> result = new ArrayList<>();
        for (String tag : tags) {
            String t = Texts.clean(tag);
            if (t != null && seen.add(Texts.fold(t))) {
                result.add(t);
            }
        }
        return List.copyOf(result);
    }

    /** How tags are stored and typed back: « rural; insertion ». */
    public static String format(List<String> tags) {
        return String.join("; ", tags);
    }
}
