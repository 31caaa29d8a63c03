package fr.cress.relais.territory;

import fr.cress.relais.common.text.Formats;

import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The short names of the organisations offering something, ranked in French order (spellings the collator
 * finds equal side by side, in code-point order). Spellings equal for the collator name one structure: lists
 * show it once, under the first of its spellings present, and counts count it once.
 */
final class StructureRanks {

    private final Map<Long, Integer> rankById = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private final int[] classOf;
    private final boolean spellingsShared;

    StructureRanks(Collection<OrganisationRef> organisations) {
        Collator collator = Formats.collator();
        Map<String, CollationKey> keys = new HashMap<>();
        organisations.forEach(org -> keys.computeIfAbsent(org.shortName(), collator::getCollationKey));
        List<Map.Entry<CollationKey, String>> keyed = new ArrayList<>();
        keys.forEach((name, key) -> keyed.add(Map.entry(key, name)));
        keyed.sort(Map.Entry.<CollationKey, String>comparingByKey().thenComparing(Map.Entry.comparingByValue()));
        classOf = new int[keyed.size()];
        Map<String, Integer> rankByName = new HashMap<>();
        for (int r = 0; r < keyed.size(); r++) {
            boolean same = r > 0 && keyed.get(r - 1).getKey().compareTo(keyed.get(r).getKey()) == 0;
            classOf[r] = r == 0 ? 0 : classOf[r - 1] + (same ? 0 : 1);
            names.add(keyed.get(r).getValue());
            rankByName.put(keyed.get(r).getValue(), r);
        }
        spellingsShared = keyed.size() > 0 && classOf[keyed.size() - 1] < keyed.size() - 1;
        organisations.forEach(org -> rankById.put(org.id(), rankByName.get(org.shortName())));
    }

    /** The rank of an organisation offering something. */
    int rankOf(long organisationId) {
        return rankById.get(organisationId);
    }

    /** The number of distinct structures among these ranks. */
    int count(BitSet ranks) {
        if (!spellingsShared) {
            return ranks.cardinality();
        }
        int count = 0;
        int previous = -1;
        for (int r = ranks.nextSetBit(0); r >= 0; r = ranks.nextSetBit(r + 1)) {
            count += classOf[r] == previous ? 0 : 1;
            previous = classOf[r];
        }
        return count;
    }

    /** The names of the distinct structures among these ranks, in French order. */
    List<String> names(BitSet ranks) {
        List<String> result = new ArrayList<>();
        int previous = -1;
        for (int r = ranks.nextSetBit(0); r >= 0; r = ranks.nextSetBit(r + 1)) {
            if (classOf[r] != previous) {
                result.add(names.get(r));
            }
            previous = classOf[r];
        }
        return List.copyOf(result);
    }
}
