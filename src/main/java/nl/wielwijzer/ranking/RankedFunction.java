package nl.wielwijzer.ranking;

import java.util.List;
import nl.wielwijzer.explanation.Explanation;
import nl.wielwijzer.profile.InterventionFunction;

/** An intervention function that applies to the profile, its rank (1 = best), score and explanations. */
public record RankedFunction(InterventionFunction function, int rank, int score, List<Explanation> explanations) {

    public RankedFunction {
        explanations = List.copyOf(explanations);
    }
}
