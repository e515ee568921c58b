package nl.wielwijzer.internal.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import nl.wielwijzer.internal.knowledge.RuleInfo;
import nl.wielwijzer.result.Effect;
import nl.wielwijzer.result.Explanation;
import nl.wielwijzer.rules.Diagnosis;
import nl.wielwijzer.rules.Fact;

/**
 * The explanations of one call. Ranking keeps which rule fired on which facts (the ledger's contributions and
 * their firings); the texts, facts, sources and traces are built from those only when a caller first reads them
 * ({@link Explanation#later}). A portal that shows the summary, or a batch at the summary level, never builds them.
 * One per call.
 */
final class Explanations {

    /**
     * The call's lock. A firing describes its facts when first asked ({@link Ledger.Firing#key},
     * {@link Ledger.Firing#shown}, the call's shared descriptions), so two threads that read two lists of one result
     * must not build them at once.
     */
    private final Object lock = new Object();
    private final Ledger ledger;

    Explanations(Ledger ledger) {
        this.ledger = ledger;
    }

    /**
     * The explanations of a tally, every contribution with the points it gave and those that counted, as they stand
     * now: a diagnosis's trace holds the firings that had reached it when its target was ranked, not later ones.
     */
    List<Explanation> of(Scoring.Tally tally) {
        return later(tally, ledger.firings(), lock);
    }

    /** The explanations of steps whose points all counted (exclusions, delivery advice), as they stand now. */
    List<Explanation> of(List<Ledger.Contribution> contributions) {
        int[] counted = new int[contributions.size()];
        for (int i = 0; i < counted.length; i++) {
            counted[i] = contributions.get(i).points() * Scoring.TENTHS;
        }
        return of(new Scoring.Tally(contributions, counted, 0, 0));
    }

    /** Static, so the list holds the tally and the lock, not the ledger with every candidate of the call. */
    private static List<Explanation> later(Scoring.Tally tally, int before, Object lock) {
        return Explanation.later(() -> {
            synchronized (lock) {
                return explain(tally, before);
            }
        });
    }

    /**
     * Every contribution, with the points it gave and those that counted, in {@link #byEffect} order: stable whatever
     * the firing order.
     */
    private static List<Explanation> explain(Scoring.Tally tally, int before) {
        Integer[] order = new Integer[tally.counted().length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, byEffect(tally)); // stable: equals keep the order they were said in
        List<Explanation> out = new ArrayList<>(order.length);
        for (int i : order) {
            Ledger.Contribution c = tally.contributions().get(i);
            out.add(explanation(c.firing(), c.effect(), c.points(), Scoring.points(tally.counted()[i]), before));
        }
        return out;
    }

    private static final Comparator<Explanation> BY_RULE_AND_FACTS = Comparator.comparing(Explanation::rule)
            .thenComparing(Explanation::facts, JoinedOrder::compare);

    /**
     * The rule of a tally's first explanation ({@link #byEffect}) whose points counted and that is not generic
     * matching, or null: what a card gives as its reason. Found without building the explanations.
     */
    static RuleInfo lead(Scoring.Tally tally) {
        Comparator<Integer> order = byEffect(tally);
        int lead = -1;
        for (int i = 0; i < tally.counted().length; i++) {
            if (tally.counted()[i] > 0 && !Scoring.genericFile(tally.contributions().get(i).firing().rule().file())
                    && (lead < 0 || order.compare(i, lead) < 0)) {
                lead = i;
            }
        }
        return lead < 0 ? null : tally.contributions().get(lead).firing().rule();
    }

    /**
     * The order of a tally's contributions, by their index, as their explanations are listed: largest effect first,
     * then by rule name and facts, then what counted most. One order for the lists and for a card's reason.
     */
    private static Comparator<Integer> byEffect(Scoring.Tally tally) {
        return (a, b) -> {
            Ledger.Contribution x = tally.contributions().get(a);
            Ledger.Contribution y = tally.contributions().get(b);
            int order = Integer.compare(Math.abs(y.points()), Math.abs(x.points()));
            if (order == 0) {
                order = x.firing().rule().name().compareTo(y.firing().rule().name());
            }
            if (order == 0) {
                order = JoinedOrder.compare(x.firing().shown(), y.firing().shown());
            }
            return order != 0 ? order : Integer.compare(tally.counted()[b], tally.counted()[a]);
        };
    }

    private static Explanation explanation(Ledger.Firing firing, Effect effect, int points, double counted,
                                           int before) {
        RuleInfo rule = firing.rule();
        return new Explanation(rule.name(), rule.file(), rule.line(), effect, points, counted, rule.nl(), rule.en(),
                firing.shown(), rule.sources(), rule.references(), trace(firing, before), rule.evidence(),
                rule.apease());
    }

    /**
     * How the diagnoses among the firing's facts were reached, by the firings before {@code before}, by rule name
     * and facts.
     */
    private static List<Explanation> trace(Ledger.Firing firing, int before) {
        if (!firing.reliesOnDiagnosis()) {
            return List.of();
        }
        List<Explanation> trace = new ArrayList<>();
        for (Fact fact : firing.facts()) {
            if (fact instanceof Diagnosis diagnosis) {
                for (Ledger.Firing premise : firing.premisesOf(diagnosis, before)) {
                    trace.add(explanation(premise, Effect.DIAGNOSE, 0, 0, before));
                }
            }
        }
        trace.sort(BY_RULE_AND_FACTS);
        return trace;
    }
}
