package fr.cress.relais.partners.ui;

import java.util.BitSet;
import java.util.List;
import java.util.function.Function;

/**
 * The search texts of a list laid end to end in one compact string, built once in the background when the rows
 * are loaded. Finding the rows whose text contains a word is then one sequential scan of a few megabytes (the
 * JVM's vectorised {@code indexOf}) instead of a visit to 50 000 strings scattered over the heap — the visit,
 * not the comparison, was most of the cost of a keystroke. Texts with characters beyond Latin-1 (rare: a dash,
 * a foreign letter) would widen the whole string: they are kept out of it and always proposed, the caller
 * checks them against their own text.
 */
final class SearchIndex {

    private static final char SEPARATOR = '\n';

    private final String all;
    private final int[] starts;
    private final BitSet wide;
    private final BitSet[] byLetter;

    private SearchIndex(String all, int[] starts, BitSet wide, BitSet[] byLetter) {
        this.all = all;
        this.starts = starts;
        this.wide = wide;
        this.byLetter = byLetter;
    }

    static <R> SearchIndex of(List<R> rows, Function<R, String> text) {
        int[] starts = new int[rows.size() + 1];
        BitSet wide = new BitSet(rows.size());
        StringBuilder out = new StringBuilder(rows.size() * 160);
        for (int i = 0; i < rows.size(); i++) {
            starts[i] = out.length();
            String t = text.apply(rows.get(i));
            if (isLatin1(t)) {
                out.append(t);
            } else {
                wide.set(i);
            }
            out.append(SEPARATOR);
        }
        starts[rows.size()] = out.length();
        return new SearchIndex(out.toString(), starts, wide, letters(out, starts));
    }

    /** For each Latin-1 character, the rows holding it: a word of one letter (the first keystroke) costs nothing. */
    private static BitSet[] letters(CharSequence all, int[] starts) {
        BitSet[] rows = new BitSet[256];
        for (int row = 0; row + 1 < starts.length; row++) {
            for (int i = starts[row]; i < starts[row + 1] - 1; i++) {
                char c = all.charAt(i);
                if (rows[c] == null) {
                    rows[c] = new BitSet(starts.length - 1);
                }
                rows[c].set(row);
            }
        }
        return rows;
    }

    private static boolean isLatin1(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0xFF) {
                return false;
            }
        }
        return true;
    }

    int size() {
        return starts.length - 1;
    }

    boolean isWide(int row) {
        return wide.get(row);
    }

    /** The rows whose text may contain {@code word}: exactly those that do, plus the wide rows (to check). */
    BitSet rowsContaining(String word) {
        BitSet rows = (BitSet) wide.clone();
        if (word.isEmpty()) {
            rows.set(0, size());
            return rows;
        }
        if (word.length() == 1) {
            char c = word.charAt(0);
            if (c <= 0xFF && byLetter[c] != null) {
                rows.or(byLetter[c]);
            }
            return rows;
        }
        int row = 0;
        int at = all.indexOf(word);
        while (at >= 0) {
            while (starts[row + 1] <= at) {
                row++;
            }
            int end = starts[row + 1] - 1;
            if (at + word.length() <= end) {
                rows.set(row);
                at = all.indexOf(word, starts[row + 1]);
            } else {
                at = all.indexOf(word, at + 1);
            }
        }
        return rows;
    }
}
