package nl.wielwijzer.result;

import java.util.List;

/**
 * One thing one rule firing did: the raw material of explanations, scenario checks and coverage.
 *
 * @param rule       the rule name
 * @param file       the rule file
 * @param line       the rule's line
 * @param effect     what the rule did
 * @param targetKind what the step is about
 * @param target     the code of the function, category, route, phase or diagnosis, or the instrument id
 * @param points     the points given (negative when taken away)
 * @param facts      the facts the rule fired on, as {@code path = value}
 */
public record Step(String rule, String file, int line, Effect effect, TargetKind targetKind, String target, int points,
                   List<String> facts) {

    /**
     * Creates one; its lists are copied, so it cannot change afterwards.
     *
     * @param rule the rule name
     * @param file the rule file
     * @param line the rule's line
     * @param effect what the rule did
     * @param targetKind what the step is about
     * @param target the code of the function, category, route, phase or diagnosis, or the instrument id
     * @param points the points given (negative when taken away)
     * @param facts the facts the rule fired on, as {@code path = value}
     */
    public Step {
        facts = List.copyOf(facts);
    }
}
