package nl.wielwijzer.result;

import java.util.List;
import nl.wielwijzer.bcw.InterventionFunction;

/**
 * An intervention function that applies to the profile, its rank (1 = best), score and explanations, and the
 * behaviour change techniques that commonly put it into practice.
 *
 * @param function     the intervention function
 * @param rank         1 for the best; equal scores are ordered as docs/how-it-works.md describes
 * @param score        the points that counted for it, exact to a tenth of a point (docs/how-it-works.md, "The ranking model")
 * @param explanations the rules behind the score, largest effect first
 * @param techniques   the BCTs commonly used to deliver the function (rules/bct.yaml), each with its basis
 */
public record RankedFunction(InterventionFunction function, int rank, double score, List<Explanation> explanations,
                             List<Technique> techniques) {

    /**
     * Creates one; its lists are copied, so it cannot change afterwards (explanations made {@link Explanation#later}
     * are kept as they are: they cannot change either).
     *
     * @param function the intervention function
     * @param rank 1 for the best; equal scores are ordered as docs/how-it-works.md describes
     * @param score the points that counted for it, exact to a tenth of a point
     * @param explanations the rules behind the score, largest effect first
     * @param techniques the BCTs commonly used to deliver the function
     */
    public RankedFunction {
        explanations = Explanation.kept(explanations);
        techniques = List.copyOf(techniques);
    }

    /**
     * One as ranking makes it, before the techniques are attached.
     *
     * @param function the intervention function
     * @param rank 1 for the best
     * @param score the points that counted for it, exact to a tenth of a point
     * @param explanations the rules behind the score, largest effect first
     */
    public RankedFunction(InterventionFunction function, int rank, double score, List<Explanation> explanations) {
        this(function, rank, score, explanations, List.of());
    }

    /**
     * The same function with these techniques.
     *
     * @param list the BCTs commonly used to deliver the function
     * @return a copy with {@code techniques} set
     */
    public RankedFunction withTechniques(List<Technique> list) {
        return new RankedFunction(function, rank, score, explanations, list);
    }
}
