package nl.wielwijzer.result;

import java.util.List;

/**
 * Something the rules deliberately ruled out for this profile, with why.
 *
 * @param kind  a function, a category or an instrument
 * @param code  the function or category code, or the instrument id
 * @param explanations the rules that ruled it out
 */
public record Exclusion(TargetKind kind, String code, List<Explanation> explanations) {

    /**
     * Creates one; its lists are copied, so it cannot change afterwards.
     *
     * @param kind a function, a category or an instrument
     * @param code the function or category code, or the instrument id
     * @param explanations the rules that ruled it out
     */
    public Exclusion {
        explanations = List.copyOf(explanations);
    }
}
