package nl.wielwijzer.scenario;

import java.util.Optional;
import nl.wielwijzer.result.Step;
import nl.wielwijzer.result.Trace;

/**
 * One thing a policy designer expects of a result. {@link #check} answers what came out instead, in a sentence,
 * or nothing when the expectation holds.
 */
public sealed interface Expectation permits RankExpectation, ChoiceExpectation, ConclusionExpectation, TechniqueExpectation,
        RuleExpectation {

    /** What is expected, in words, e.g. {@code function education at rank 1}. */
    String describe();

    /** Empty when the trace meets the expectation; otherwise what came out instead. */
    Optional<String> check(Trace trace);

    /** Whether a rule step shaped what this expectation is about; failures show these steps as the trace. */
    boolean concerns(Step step);

    /** Where the expectation stands in its file. */
    int line();

    /** The rule this expectation checks to have fired, if it is such a check: what coverage of effects counts. */
    default Optional<String> ruleCheckedToFire() {
        return Optional.empty();
    }
}
