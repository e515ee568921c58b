package nl.wielwijzer.lint;

import nl.wielwijzer.problem.Problem;

/** One thing lint found: a problem, and whether it stops the rule set from loading (an error) or not. */
public record Finding(boolean error, Problem problem) {

    @Override
    public String toString() {
        return (error ? "error: " : "warning: ") + problem;
    }
}
