package nl.wielwijzer.result;

import java.util.List;
import nl.wielwijzer.bcw.InterventionFunction;

/** An intervention function that applies to the profile, its rank (1 = best), score and explanations. */
public record RankedFunction(InterventionFunction function, int rank, int score, List<Explanation> explanations) {

    public RankedFunction {
        explanations = List.copyOf(explanations);
    }
}
