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
 * <p>
 * Two small indexes spare most scans: for each Latin-1 character, the rows holding it (a one-letter word), and
 * for each pair of adjacent characters (letters, digits and space; any other character counts as one class),
 * the rows holding that pair. A longer word is first narrowed to the rows holding all its pairs, and only those
 * rows are read; when too many rows remain, one scan of the whole string is cheaper and is done instead.
 */
final class SearchIndex {

    private static final char SEPARATOR = '\n';
    /** Classes of characters for the pairs: a-z, 0-9, space, anything else. */
    private static final int CLASSES = 38;
    private static final int OTHER = CLASSES - 1;
    /** Reading a row costs several times what scanning it costs: above this share of the rows, scan. */
    private static final int SCAN_ABOVE_ONE_IN = 6;

    private final String all;
    private final int[] starts;
    private final BitSet wide;
    private final BitSet[] byLetter;
    private final BitSet[] byPair;

    private SearchIndex(String all, int[] starts, BitSet wide, BitSet[] byLetter, BitSet[] byPair) {
        this.all = all;
        this.starts = starts;
        this.wide = wide;
        this.byLetter = byLetter;
        this.byPair = byPair;
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
        return new SearchIndex(out.toString(), starts, wide, letters(out, starts), pairs(out, starts));
    }

    /** For each pair of adjacent character classes, the rows holding it. */
    private static BitSet[] pairs(CharSequence all, int[] starts) {
        BitSet[] rows = new BitSet[CLASSES * CLASSES];
        for (int row = 0; row + 1 < starts.length; row++) {
            int end = starts[row + 1] - 1;
            for (int i = starts[row]; i + 1 < end; i++) {
                int pair = pair(all.charAt(i), all.charAt(i + 1));
                if (rows[pair] == null) {
                    rows[pair] = new BitSet(starts.length - 1);
                }
                rows[pair].set(row);
            }
        }
        return rows;
    }

    private static int pair(char first, char second) {
        return classOf(first) * CLASSES + classOf(second);
    }

    private static int classOf(char c) {
        if (c >= 'a' && c <= 'z') {
            return c - 'a';
        }
        if (c >= '0' && c <= '9') {
            return 26 + c - '0';
        }
        return c == ' ' ? 36 : OTHER;
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
        if (!isLatin1(word)) {
            return rows;
        }
        BitSet candidates = rowsWithPairsOf(word);
        if (word.length() == 2 && classOf(word.charAt(0)) != OTHER && classOf(word.charAt(1)) != OTHER) {
            rows.or(candidates);
        } else if (candidates.cardinality() * SCAN_ABOVE_ONE_IN > size()) {
            rows.or(scan(word));
        } else {
            for (int row = candidates.nextSetBit(0); row >= 0; row = candidates.nextSetBit(row + 1)) {
                if (rowContains(row, word)) {
                    rows.set(row);
                }
            }
        }
        return rows;
    }

    /** The rows holding every pair of adjacent characters of {@code word}: the rows holding it, and maybe more. */
    private BitSet rowsWithPairsOf(String word) {
        BitSet candidates = null;
        for (int i = 0; i + 1 < word.length(); i++) {
            BitSet withPair = byPair[pair(word.charAt(i), word.charAt(i + 1))];
            if (withPair == null) {
                return new BitSet();
            }
            if (candidates == null) {
                candidates = (BitSet) withPair.clone();
            } else {
                candidates.and(withPair);
            }
        }
        return candidates;
    }

    private boolean rowContains(int row, String word) {
        int last = starts[row + 1] - 1 - word.length();
        char first = word.charAt(0);
        for (int at = all.indexOf(first, starts[row]); at >= 0 && at <= last; at = all.indexOf(first, at + 1)) {
            if (all.startsWith(word, at)) {
                return true;
            }
        }
        return false;
    }

    /** One sequential scan of the whole string: the rows holding {@code word}. */
    private BitSet scan(String word) {
        BitSet rows = new BitSet(size());
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
