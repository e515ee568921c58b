package nl.wielwijzer.internal.io;

import java.util.Collection;
import java.util.Locale;

/** "Did you mean …?" for codes and field names: the closest known word, if it is close enough to be a typo. */
public final class Suggest {

    private Suggest() {
    }

    /** The option nearest to {@code word}, or null when none is within a typo's distance. */
    public static String closest(String word, Collection<String> options) {
        if (word == null) {
            return null;
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String lower = word.toLowerCase(Locale.ROOT);
        for (String option : options) {
            int d = distance(lower, option.toLowerCase(Locale.ROOT));
            if (d < bestDistance || (d == bestDistance && best != null && option.compareTo(best) < 0)) {
                best = option;
                bestDistance = d;
            }
        }
        int allowed = Math.max(2, word.length() / 3);
        return bestDistance <= allowed ? best : null;
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
