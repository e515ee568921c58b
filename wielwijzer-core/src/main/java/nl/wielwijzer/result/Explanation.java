package nl.wielwijzer.result;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * Why one rule changed one recommendation: the rule, what it did ({@code effect} and {@code points}), why in
 * Dutch and English, the profile facts it fired on, the sources that back it, and the trace of the derived
 * facts (diagnoses) it relied on.
 *
 * @param rule       the rule name
 * @param file       the rule file
 * @param line       the rule's line in that file
 * @param effect     what the rule did
 * @param points     the points the rule gave (negative when taken away; 0 for exclusions and diagnoses)
 * @param counted    the points that counted towards the score, exact to a tenth of a point: the same as {@code points},
 *                   or fewer when the ranking model weighed them by evidence (two thirds for one case, half for an
 *                   opinion) or capped them (a finding counted once, seed findings bounded by the diagnosis, generic
 *                   matching capped; docs/how-it-works.md), or a category's share of its normalised score
 * @param nl         the explanation in Dutch
 * @param en         the explanation in English
 * @param facts      the facts the rule fired on, as {@code path = value}
 * @param sources    the seed passages behind the rule
 * @param references literature outside the seeds behind the rule
 * @param trace      explanations of the diagnoses among the facts, recursively
 * @param evidence   how strong the support is that the seed gives the rule's finding ({@code @evidence}); null for a
 *                   rule that is not a seed finding
 * @param apease     the APEASE criterion the rule applies ({@code @apease}), when it is a rule of the APEASE stage
 *                   that ruled this out or lowered it; null for every other rule
 */
public record Explanation(String rule, String file, int line, Effect effect, int points, double counted, String nl, String en,
                          List<String> facts, List<Citation> sources, List<String> references,
                          List<Explanation> trace, FindingEvidence evidence, ApeaseCriterion apease) {

    /**
     * Creates one; its lists are copied, so it cannot change afterwards.
     *
     * @param rule the rule name
     * @param file the rule file
     * @param line the rule's line in that file
     * @param effect what the rule did
     * @param points the points the rule gave (negative when taken away; 0 for exclusions and diagnoses)
     * @param counted the points that counted towards the score
     * @param nl the explanation in Dutch
     * @param en the explanation in English
     * @param facts the facts the rule fired on, as {@code path = value}
     * @param sources the seed passages behind the rule
     * @param references literature outside the seeds behind the rule
     * @param trace explanations of the diagnoses among the facts, recursively
     * @param evidence how strong the support is that the seed gives the finding, or null
     * @param apease the APEASE criterion of a rule of the APEASE stage, or null
     */
    public Explanation {
        facts = List.copyOf(facts);
        sources = List.copyOf(sources);
        references = List.copyOf(references);
        trace = List.copyOf(trace);
    }

    /**
     * One whose points all counted.
     *
     * @param rule the rule name
     * @param file the rule file
     * @param line the rule's line in that file
     * @param effect what the rule did
     * @param points the points added (negative when taken away; 0 for exclusions and diagnoses)
     * @param nl the explanation in Dutch
     * @param en the explanation in English
     * @param facts the facts the rule fired on, as {@code path = value}
     * @param sources the seed passages behind the rule
     * @param references literature outside the seeds behind the rule
     * @param trace explanations of the diagnoses among the facts, recursively
     */
    public Explanation(String rule, String file, int line, Effect effect, int points, String nl, String en,
                       List<String> facts, List<Citation> sources, List<String> references,
                       List<Explanation> trace) {
        this(rule, file, line, effect, points, points, nl, en, facts, sources, references, trace, null, null);
    }

    /**
     * One without a strength of evidence (a rule that is not a seed finding).
     *
     * @param rule the rule name
     * @param file the rule file
     * @param line the rule's line in that file
     * @param effect what the rule did
     * @param points the points the rule gave
     * @param counted the points that counted towards the score
     * @param nl the explanation in Dutch
     * @param en the explanation in English
     * @param facts the facts the rule fired on, as {@code path = value}
     * @param sources the seed passages behind the rule
     * @param references literature outside the seeds behind the rule
     * @param trace explanations of the diagnoses among the facts, recursively
     */
    public Explanation(String rule, String file, int line, Effect effect, int points, double counted, String nl, String en,
                       List<String> facts, List<Citation> sources, List<String> references,
                       List<Explanation> trace) {
        this(rule, file, line, effect, points, counted, nl, en, facts, sources, references, trace, null, null);
    }

    /**
     * One of a rule outside the APEASE stage.
     *
     * @param rule the rule name
     * @param file the rule file
     * @param line the rule's line in that file
     * @param effect what the rule did
     * @param points the points the rule gave
     * @param counted the points that counted towards the score
     * @param nl the explanation in Dutch
     * @param en the explanation in English
     * @param facts the facts the rule fired on, as {@code path = value}
     * @param sources the seed passages behind the rule
     * @param references literature outside the seeds behind the rule
     * @param trace explanations of the diagnoses among the facts, recursively
     * @param evidence how strong the support is that the seed gives the finding, or null
     */
    public Explanation(String rule, String file, int line, Effect effect, int points, double counted, String nl, String en,
                       List<String> facts, List<Citation> sources, List<String> references,
                       List<Explanation> trace, FindingEvidence evidence) {
        this(rule, file, line, effect, points, counted, nl, en, facts, sources, references, trace, evidence, null);
    }

    /**
     * A list of explanations that is made when it is first read, then kept. A recommendation holds its explanations
     * this way, so a caller that never reads why something was recommended does not pay for building it. The list
     * cannot change, may be read from any thread, and {@code make} runs at most once. The records of this package
     * keep such a list as it is, where they copy any other.
     *
     * @param make makes the explanations; it runs on the thread that first reads the list
     * @return the list
     */
    public static List<Explanation> later(java.util.function.Supplier<? extends List<Explanation>> make) {
        return new Later(make);
    }

    /** A list as a record of this package keeps it: one made {@link #later} as it is, any other copied. */
    static List<Explanation> kept(List<Explanation> explanations) {
        return explanations instanceof Later ? explanations : List.copyOf(explanations);
    }

    /**
     * See {@link #later}. The list is made under the lock of this object, at most once, and published through a
     * volatile field (the double-checked idiom). Not Guava's memoizing supplier: a call makes one of these lists for
     * every ranked function, category and instrument and every exclusion, a caller reads few of them, and the
     * supplier with its lock and the lambda it wrapped were about 1 % of a call's allocation (docs/benchmarks.md).
     */
    private static final class Later extends AbstractList<Explanation> implements RandomAccess {
        private volatile List<Explanation> made;
        /** Null once the list is made, so that what it was made from can be collected. */
        private java.util.function.Supplier<? extends List<Explanation>> make;

        Later(java.util.function.Supplier<? extends List<Explanation>> make) {
            this.make = make;
        }

        private List<Explanation> made() {
            List<Explanation> list = made;
            if (list == null) {
                synchronized (this) {
                    list = made;
                    if (list == null) {
                        list = List.copyOf(make.get());
                        made = list;
                        make = null;
                    }
                }
            }
            return list;
        }

        @Override
        public Explanation get(int index) {
            return made().get(index);
        }

        @Override
        public int size() {
            return made().size();
        }

        @Override
        public java.util.Iterator<Explanation> iterator() {
            return made().iterator();
        }
    }
}
