package nl.wielwijzer.explanation;

import java.util.List;

/**
 * One thing one rule firing did: the raw material of explanations, scenario checks and coverage.
 *
 * @param rule       the rule name
 * @param file       the rule file
 * @param line       the rule's line
 * @param effect     favour, disfavour, ruleOut, alreadyOffered, makeBetterUse, consider or diagnose
 * @param targetKind interventionFunction, policyCategory, instrument, route, phase or diagnosis
 * @param target     the code of the function, category, route, phase or diagnosis, or the instrument id
 * @param points     the points given (negative when taken away)
 * @param facts      the facts the rule fired on, as {@code path = value}
 */
public record Step(String rule, String file, int line, String effect, String targetKind, String target, int points,
                   List<String> facts) {

    public Step {
        facts = List.copyOf(facts);
    }
}
