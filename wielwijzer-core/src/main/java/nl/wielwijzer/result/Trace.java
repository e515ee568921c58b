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
 * @param steps          every rule step, by what it changed (functions, categories, instruments, routes, phases,
 *                       delivery, diagnoses), each in the order it was said: the matrix cells a stage applies as a
 *                       table first, then the rules as they fired. The order is the same for the same profile, rules
 *                       and catalogue, but not part of the contract: compare steps as a set
 */
public record Trace(Recommendation recommendation, List<Step> steps) {

    /**
     * Creates one; its lists are copied, so it cannot change afterwards.
     *
     * @param recommendation the result, as {@code recommend} returns it
     * @param steps every rule step, as above
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
