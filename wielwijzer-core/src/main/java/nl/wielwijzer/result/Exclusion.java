package nl.wielwijzer.result;

import java.util.List;
import java.util.Objects;

/**
 * Something the rules deliberately ruled out for this profile, with why. What the APEASE stage ruled out names
 * its criterion ({@link #criteria()}, and each such explanation's {@link Explanation#apease()}).
 *
 * @param kind  a function, a category or an instrument
 * @param code  the function or category code, or the instrument id
 * @param explanations the rules that ruled it out
 */
public record Exclusion(TargetKind kind, String code, List<Explanation> explanations) {

    /**
     * Creates one; its lists are copied, so it cannot change afterwards (explanations made {@link Explanation#later}
     * are kept as they are: they cannot change either).
     *
     * @param kind a function, a category or an instrument
     * @param code the function or category code, or the instrument id
     * @param explanations the rules that ruled it out
     */
    public Exclusion {
        explanations = Explanation.kept(explanations);
    }

    /**
     * The APEASE criteria by which the rules ruled this out, in the order of the explanations, each once; empty when
     * no rule of the APEASE stage did (e.g. an instrument the organisation already offers).
     *
     * @return the criteria, e.g. {@code [ACCEPTABILITY]} for restriction for an employee
     */
    public List<ApeaseCriterion> criteria() {
        return explanations.stream().map(Explanation::apease).filter(Objects::nonNull).distinct().toList();
    }
}
