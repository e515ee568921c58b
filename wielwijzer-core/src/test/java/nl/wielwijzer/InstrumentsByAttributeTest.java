package nl.wielwijzer;

import java.nio.file.Path;
import java.util.List;
import nl.wielwijzer.problem.Problem;
import nl.wielwijzer.result.Explanation;
import nl.wielwijzer.result.RankedInstrument;
import nl.wielwijzer.result.Step;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static nl.wielwijzer.RuleFolderFixture.HEADER;
import static nl.wielwijzer.RuleFolderFixture.META;
import static nl.wielwijzer.RuleFolderFixture.example;
import static nl.wielwijzer.RuleFolderFixture.withRule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every candidate with an attribute, chosen in a rule's actions ({@code advice.favourEach(1, Route.DEVELOPMENT)},
 * {@code advice.disfavourEach}, {@code advice.ruleOutEach}), as a policy designer writes them in a rule folder: the
 * same rule in the Candidate form ({@code Candidate( $i : instrument, instrument.inRoute(Route.DEVELOPMENT) )} with
 * {@code advice.favour($i, 1)}) gives the same result and the same steps, the new form counts as a broad finding,
 * and the loader refuses its misuse at its file, line and column.
 */
class InstrumentsByAttributeTest {

    /** The same four rules in both forms, at the same lines: only the Candidate pattern gives way to a blank line. */
    private static String rules(boolean each) {
        return "rule \"Development or vitality for testing\"\n" + META
                + "when\n    Case( employee )\n    Gap( $g : component, severity >= 1 )\n"
                + (each ? "\nthen\n    advice.favourEach(9, Route.DEVELOPMENT, Outcome.VITALITY);\n"
                        : "    Candidate( $i : instrument, instrument.inRoute(Route.DEVELOPMENT) || instrument.serves(Outcome.VITALITY) )\n"
                                + "then\n    advice.favour($i, 9);\n")
                + "end\n"
                + "rule \"Doing for testing\"\n" + META
                + "when\n    Case( employee )\n"
                + (each ? "\nthen\n    advice.favourEach(2, Phase.DO);\n"
                        : "    Candidate( $i : instrument, instrument.inPhase(Phase.DO) )\nthen\n    advice.favour($i, 2);\n")
                + "end\n"
                + "rule \"Awareness or managers are lowered for testing\"\n" + META
                + "when\n    Case( employer )\n"
                + (each ? "\nthen\n    advice.disfavourEach(2, Phase.KNOW, Audience.MANAGER);\n"
                        : "    Candidate( $i : instrument, instrument.inPhase(Phase.KNOW) || instrument.isFor(Audience.MANAGER) )\n"
                                + "then\n    advice.disfavour($i, 2);\n")
                + "end\n"
                + "rule \"Free instruments are ruled out for testing\"\n" + META
                + "when\n    Case( employer )\n    OrganisationSituation( )\n"
                + (each ? "\nthen\n    advice.ruleOutEach(Cost.FREE);\n"
                        : "    Candidate( $i : instrument, instrument.cost == Cost.FREE )\nthen\n    advice.ruleOut($i);\n")
                + "end\n";
    }

    @Test
    void theCandidateFormAndTheEachFormGiveTheSameResultsAndSteps(@TempDir Path dir) throws Exception {
        Recommender candidate = withRule(dir.resolve("a"), rules(false));
        Recommender each = withRule(dir.resolve("b"), rules(true));
        java.util.Set<String> fired = RuleFolderFixture.assertSameOnEveryExample(dir, candidate, each);
        assertEquals(4, fired.size(), "every rule of the test reached some candidate somewhere: " + fired);
        for (String rule : fired) {
            assertEquals(candidate.knowledge().rules().rules().get(rule).effect(),
                    each.knowledge().rules().rules().get(rule).effect(), "the effect in words, as the Candidate form reads");
        }
        assertEquals("instrument +9", each.knowledge().rules().rules().get("Development or vitality for testing").effect());
    }

    /** A broad finding is capped with the other broad findings: 9 points from it never count in full. */
    @Test
    void theEachFormIsABroadFinding(@TempDir Path dir) throws Exception {
        Recommender each = withRule(dir, rules(true));
        var trace = each.trace(example(each, "vvt-employee"));
        List<Step> steps = trace.steps().stream().filter(s -> s.rule().equals("Development or vitality for testing")).toList();
        assertTrue(steps.size() > 1, "one firing reaches many candidates: " + steps.size());
        List<Explanation> why = trace.recommendation().instruments().stream()
                .flatMap(i -> i.explanations().stream())
                .filter(x -> x.rule().equals("Development or vitality for testing")).toList();
        assertTrue(!why.isEmpty(), "a listed instrument owes something to the rule");
        why.forEach(x -> assertTrue(x.points() == 9 && x.counted() <= 3, "capped as a broad finding: " + x));
        for (RankedInstrument i : trace.recommendation().instruments()) {
            boolean onlyBroad = i.explanations().stream().filter(x -> x.points() > 0)
                    .allMatch(x -> x.rule().endsWith("for testing") || x.file().endsWith("instruments.drl"));
            if (onlyBroad) {
                assertTrue(i.fit() != RankedInstrument.Fit.SPECIFIC, "a broad finding alone is no specific fit: " + i.id());
            }
        }
    }

    @Test
    void misusedEachActionsAreRefusedAtTheirFileLineAndColumn(@TempDir Path dir) throws Exception {
        String text = HEADER + "rule \"Misused for testing\"\n" + META
                + "when\n    Case( employee )\nthen\n"
                + "    advice.favourEach(2);\n"
                + "    advice.favourEach(2, \"vvt-pr-talentmanager\");\n"
                + "    advice.favourEach(2, Route.DEVELOPEMENT);\n"
                + "    advice.disfavourEach(1, Route.MOBILITY, InterventionFunction.TRAINING);\n"
                + "    advice.favourEach(1, TRAINING);\n"
                + "end\n"
                + "rule \"Candidate and each for testing\"\n" + META
                + "when\n    Candidate( $i : instrument )\nthen\n    advice.ruleOutEach(Cost.PAID);\nend\n";
        List<Problem> problems = RuleFolderFixture.refused(dir, text);
        assertEquals(6, problems.size(), problems.toString());
        List<String> lines = text.lines().toList();
        Problem none = problems.get(0);
        assertEquals(lines.indexOf("    advice.favourEach(2);") + 1, none.line(), none.toString());
        assertEquals(5, none.column(), none.toString());
        assertEquals("advice.favourEach", none.field());
        assertTrue(none.message().contains("names no attribute"), none.toString());
        Problem id = problems.get(1);
        assertEquals(lines.indexOf("    advice.favourEach(2, \"vvt-pr-talentmanager\");") + 1, id.line(), id.toString());
        assertEquals(26, id.column(), id.toString());
        assertTrue(id.hint().contains("advice.favour(2, \"id\")"), id.toString());
        Problem typo = problems.get(2);
        assertEquals(lines.indexOf("    advice.favourEach(2, Route.DEVELOPEMENT);") + 1, typo.line(), typo.toString());
        assertEquals(26, typo.column(), typo.toString());
        assertTrue(typo.message().contains("did you mean Route.DEVELOPMENT"), typo.toString());
        Problem function = problems.get(3);
        assertEquals(lines.indexOf("    advice.disfavourEach(1, Route.MOBILITY, InterventionFunction.TRAINING);") + 1,
                function.line(), function.toString());
        assertEquals(45, function.column(), function.toString());
        assertTrue(function.message().contains("not an attribute"), function.toString());
        Problem bare = problems.get(4);
        assertEquals(lines.indexOf("    advice.favourEach(1, TRAINING);") + 1, bare.line(), bare.toString());
        assertEquals(26, bare.column(), bare.toString());
        assertTrue(bare.message().contains("TRAINING is not a route, phase, outcome, audience or cost"), bare.toString());
        Problem joined = problems.get(5);
        assertEquals(lines.indexOf("    advice.ruleOutEach(Cost.PAID);") + 1, joined.line(), joined.toString());
        assertEquals("advice.ruleOutEach", joined.field());
        assertTrue(joined.message().contains("also matches a Candidate"), joined.toString());
    }
}
