package nl.wielwijzer.result;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A recommendation together with every step the rules took to reach it, including steps whose effect did not
 * reach the result (a function that ended below zero, an instrument outside the top list). Used by scenario
 * runs and coverage reports, and by callers who want to see everything.
 *
 * @param recommendation the result, as {@code recommend} returns it
 * @param steps          every rule step, in firing order
 */
public record Trace(Recommendation recommendation, List<Step> steps) {

    /**
     * Creates one; its lists are copied, so it cannot change afterwards.
     *
     * @param recommendation the result, as {@code recommend} returns it
     * @param steps every rule step, in firing order
     */
    public Trace {
        steps = List.copyOf(steps);
    }

    /**
     * The names of the rules that fired.
     *
     * @return the names, sorted
     */
    public Set<String> firedRules() {
        Set<String> names = new TreeSet<>();
        steps.forEach(s -> names.add(s.rule()));
        return names;
    }
}
