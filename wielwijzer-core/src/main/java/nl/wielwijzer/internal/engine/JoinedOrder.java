package nl.wielwijzer.internal.engine;

import java.util.List;

/**
 * The order of lists of texts as the texts joined by {@code |} compare: the fixed order of explanations and of
 * equal findings (rule name, then the facts described). Compared without joining: a sort compares n·log n times,
 * and joining made a new string for every comparison.
 */
final class JoinedOrder {

    private JoinedOrder() {
    }

    /** Negative, zero or positive as {@code String.join("|", a)} compares to {@code String.join("|", b)}. */
    static int compare(List<String> a, List<String> b) {
        int ai = 0;
        int ap = 0;
        int bi = 0;
        int bp = 0;
        while (true) {
            int ca = charAt(a, ai, ap);
            int cb = charAt(b, bi, bp);
            if (ca != cb) {
                return ca < cb ? -1 : 1;
            }
            if (ca < 0) {
                return 0;
            }
            if (ap < a.get(ai).length()) {
                ap++;
            } else {
                ai++;
                ap = 0;
            }
            if (bp < b.get(bi).length()) {
                bp++;
            } else {
                bi++;
                bp = 0;
            }
        }
    }

    /** The character at position {@code p} of text {@code i} of the joined list: {@code |} after each but the last; -1 at the end. */
    private static int charAt(List<String> texts, int i, int p) {
        if (i >= texts.size()) {
            return -1;
        }
        String text = texts.get(i);
        if (p < text.length()) {
            return text.charAt(p);
        }
        return i + 1 < texts.size() ? '|' : -1;
    }
}
