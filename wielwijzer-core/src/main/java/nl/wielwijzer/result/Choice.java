package nl.wielwijzer.result;

import java.util.List;
import nl.wielwijzer.bcw.Coded;

/**
 * The recommended sustainability route (seed 001) or behaviour-change phase (seed 003), with its score and
 * the rules that chose it.
 *
 * @param <T>          {@link Route} or {@link Phase}
 * @param value        the route or phase
 * @param score        its score, exact to a tenth of a point
 * @param explanations the rules that chose it, largest effect first
 */
public record Choice<T extends Coded>(T value, double score, List<Explanation> explanations) {

    /**
     * Creates one; its lists are copied, so it cannot change afterwards (explanations made {@link Explanation#later}
     * are kept as they are: they cannot change either).
     *
     * @param value the route or phase
     * @param score its score, exact to a tenth of a point
     * @param explanations the rules that chose it, largest effect first
     */
    public Choice {
        explanations = Explanation.kept(explanations);
    }
}
