package nl.wielwijzer.result;

import java.util.List;
import nl.wielwijzer.bcw.PolicyCategory;

/** A policy category that can deliver the needed functions, its rank (1 = best), score and explanations. */
public record RankedCategory(PolicyCategory category, int rank, int score, List<Explanation> explanations) {

    public RankedCategory {
        explanations = List.copyOf(explanations);
    }
}
