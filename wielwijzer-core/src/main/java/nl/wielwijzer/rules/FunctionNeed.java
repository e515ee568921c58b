package nl.wielwijzer.rules;

import nl.wielwijzer.bcw.InterventionFunction;

/**
 * An intervention function the profile needs, with its score and rank. Inserted after the functions are
 * ranked, so that policy-category and instrument rules can build on the ranking.
 */
public record FunctionNeed(InterventionFunction interventionFunction, int score, int rank) implements Fact {

    @Override
    public String path() {
        return "interventionFunctions." + interventionFunction.code();
    }

    @Override
    public String value() {
        return "rank " + rank + ", score " + score;
    }
}
