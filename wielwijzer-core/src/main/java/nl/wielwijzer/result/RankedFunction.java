package nl.wielwijzer.result;

import java.util.List;
import nl.wielwijzer.bcw.InterventionFunction;

/**
 * An intervention function that applies to the profile, its rank (1 = best), score and explanations.
 *
 * @param function     the intervention function
 * @param rank         1 for the best; equal scores are ordered as docs/how-it-works.md describes
 * @param score        the points the rules gave it
 * @param explanations the rules behind the score, largest effect first
 */
public record RankedFunction(InterventionFunction function, int rank, int score, List<Explanation> explanations) {

    /**
     * Creates one; its lists are copied, so it cannot change afterwards.
     *
     * @param function the intervention function
     * @param rank 1 for the best; equal scores are ordered as docs/how-it-works.md describes
     * @param score the points the rules gave it
     * @param explanations the rules behind the score, largest effect first
     */
    public RankedFunction {
        explanations = List.copyOf(explanations);
    }
}
