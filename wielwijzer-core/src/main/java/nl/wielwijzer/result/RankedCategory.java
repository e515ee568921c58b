package nl.wielwijzer.result;

import java.util.List;
import nl.wielwijzer.bcw.PolicyCategory;

/**
 * A policy category that can deliver the needed functions, its rank (1 = best), score and explanations.
 *
 * @param category     the policy category
 * @param rank         1 for the best; equal scores are ordered as docs/how-it-works.md describes
 * @param score        the points that counted for it, exact to a tenth of a point (docs/how-it-works.md, "The ranking model")
 * @param explanations the rules behind the score, largest effect first
 */
public record RankedCategory(PolicyCategory category, int rank, double score, List<Explanation> explanations) {

    /**
     * Creates one; its lists are copied, so it cannot change afterwards (explanations made {@link Explanation#later}
     * are kept as they are: they cannot change either).
     *
     * @param category the policy category
     * @param rank 1 for the best; equal scores are ordered as docs/how-it-works.md describes
     * @param score the points that counted for it, exact to a tenth of a point
     * @param explanations the rules behind the score, largest effect first
     */
    public RankedCategory {
        explanations = Explanation.kept(explanations);
    }
}
