package nl.wielwijzer.result;

import java.util.List;
import nl.wielwijzer.bcw.Coded;

/**
 * The recommended sustainability route (seed 001) or behaviour-change phase (seed 003), with its score and
 * the rules that chose it.
 */
public record Choice<T extends Coded>(T value, int score, List<Explanation> explanations) {

    public Choice {
        explanations = List.copyOf(explanations);
    }
}
