package nl.wielwijzer.ranking;

import java.util.List;
import nl.wielwijzer.explanation.Explanation;

/**
 * Something the rules deliberately ruled out for this profile, with why.
 *
 * @param kind  {@code interventionFunction}, {@code policyCategory} or {@code instrument}
 * @param code  the function or category code, or the instrument id
 * @param explanations the rules that ruled it out
 */
public record Exclusion(String kind, String code, List<Explanation> explanations) {

    public Exclusion {
        explanations = List.copyOf(explanations);
    }
}
