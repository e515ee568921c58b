package nl.wielwijzer;

import java.nio.file.Path;
import java.util.List;
import nl.wielwijzer.problem.Problem;
import nl.wielwijzer.result.Explanation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static nl.wielwijzer.RuleFolderFixture.HEADER;
import static nl.wielwijzer.RuleFolderFixture.META;
import static nl.wielwijzer.RuleFolderFixture.example;
import static nl.wielwijzer.RuleFolderFixture.withRule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Candidates chosen by more than one attribute, in a rule's actions: {@code advice.favourEach(2,
 * Phase.CAN_MAY_DARE).thatDeliver(TRAINING, EDUCATION)}, {@code advice.disfavourEach(…).unless(Outcome.VITALITY)},
 * {@code advice.favourEach(2, Route.MOBILITY).andAlso("id")}, and the exclusions {@code
 * advice.ruleOutEachNotMeantFor($age)} (also work ability and placement phase). Each gives the same result and the
 * same steps as the Candidate pattern it stands for, counts as broad or named as that pattern does, and the loader
 * refuses its misuse at its file, line and column.
 */
class InstrumentsByConditionTest {

    private static String rule(String name, String conditions, boolean candidate, String pattern, String patternAction,
                               String action) {
        return "rule \"" + name + "\"\n" + META + "when\n" + conditions
                + (candidate ? "    " + pattern + "\nthen\n    " + patternAction + "\n"
                        : "\nthen\n    " + action + "\n")
                + "end\n";
    }

    /** The same six rules in both forms, at the same lines: only the Candidate pattern gives way to a blank line. */
    private static String rules(boolean candidate) {
        return rule("Can-may-dare training for testing", "    Case( employee )\n", candidate,
                "Candidate( $i : instrument, instrument.inPhase(Phase.CAN_MAY_DARE), instrument.delivers(InterventionFunction.TRAINING) || instrument.delivers(InterventionFunction.EDUCATION) )",
                "advice.favour($i, 5);", "advice.favourEach(5, Phase.CAN_MAY_DARE).thatDeliver(TRAINING, EDUCATION);")
                + rule("Development unless vitality for testing", "    Case( employee )\n", candidate,
                "Candidate( $i : instrument, instrument.serves(Outcome.CRAFTSMANSHIP) || instrument.inRoute(Route.DEVELOPMENT), !instrument.serves(Outcome.VITALITY) )",
                "advice.disfavour($i, 2);", "advice.disfavourEach(2, Outcome.CRAFTSMANSHIP, Route.DEVELOPMENT).unless(Outcome.VITALITY);")
                + rule("Mobility and a plan for testing", "    Case( employer )\n", candidate,
                "Candidate( $i : instrument, instrument.inRoute(Route.MOBILITY) || instrument.id == \"vvt-pr-gezamenlijk-jaarplan\" )",
                "advice.favour($i, 9);", "advice.favourEach(9, Route.MOBILITY).andAlso(\"vvt-pr-gezamenlijk-jaarplan\");")
                + rule("Another age for testing", candidate ? "    EmployeeAge( $years : years )\n" : "    $age : EmployeeAge( )\n",
                candidate, "Candidate( $i : instrument, instrument.hasAgeRange(), !instrument.fitsAge($years) )",
                "advice.ruleOut($i);", "advice.ruleOutEachNotMeantFor($age);")
                + rule("Another work ability for testing", candidate ? "    EmployeeWorkAbility( $band : level )\n"
                        : "    $ability : EmployeeWorkAbility( )\n", candidate,
                "Candidate( $i : instrument, instrument.hasWorkAbilityLimit(), !instrument.fitsWorkAbility($band) )",
                "advice.ruleOut($i);", "advice.ruleOutEachNotMeantFor($ability);")
                + rule("Another placement phase for testing", candidate ? "    EmployeePlacement( $phase : phase )\n"
                        : "    $placement : EmployeePlacement( )\n", candidate,
                "Candidate( $i : instrument, instrument.hasPlacementPhases(), !instrument.fitsPlacement($phase) )",
                "advice.ruleOut($i);", "advice.ruleOutEachNotMeantFor($placement);");
    }

    @Test
    void theCandidateFormAndTheNewFormsGiveTheSameResultsAndSteps(@TempDir Path dir) throws Exception {
        Recommender candidate = withRule(dir.resolve("a"), rules(true));
        Recommender each = withRule(dir.resolve("b"), rules(false));
        java.util.Set<String> fired = RuleFolderFixture.assertSameOnEveryExample(dir, candidate, each);
        assertEquals(6, fired.size(), "every rule of the test reached some candidate somewhere: " + fired);
        for (String rule : fired) {
            if (!rule.startsWith("Mobility")) { // the Candidate form reads its one id only
                assertEquals(candidate.knowledge().rules().rules().get(rule).effect(),
                        each.knowledge().rules().rules().get(rule).effect(), "the effect in words, as the Candidate form reads");
            }
        }
        assertEquals("instrument +5", each.knowledge().rules().rules().get("Can-may-dare training for testing").effect());
    }

    /** A selection that also names an instrument is a named finding, as the Candidate pattern testing the id is. */
    @Test
    void aSelectionThatNamesAnInstrumentCountsInFullAndOneThatDoesNotIsBroad(@TempDir Path dir) throws Exception {
        Recommender each = withRule(dir, rules(false));
        var employer = each.trace(example(each, "vvt-employer")).recommendation();
        List<Explanation> named = employer.instruments().stream().flatMap(i -> i.explanations().stream())
                .filter(x -> x.rule().equals("Mobility and a plan for testing")).toList();
        assertTrue(!named.isEmpty(), "a listed instrument owes something to the rule");
        named.forEach(x -> assertEquals(9.0, x.counted(), "counted in full, as a named finding: " + x));
        var employee = each.trace(example(each, "vvt-employee")).recommendation();
        List<Explanation> broad = employee.instruments().stream().flatMap(i -> i.explanations().stream())
                .filter(x -> x.rule().equals("Can-may-dare training for testing")).toList();
        broad.forEach(x -> assertTrue(x.points() == 5 && x.counted() <= 3, "capped as a broad finding: " + x));
    }

    @Test
    void misusedSelectionsAreRefusedAtTheirFileLineAndColumn(@TempDir Path dir) throws Exception {
        String text = HEADER + "rule \"Misused for testing\"\n" + META
                + "when\n    Case( employee )\n    EmployeeAge( $years : years )\n    $ability : EmployeeWorkAbility( )\nthen\n"
                + "    advice.favourEach(2, Phase.DO).thatDeliver();\n"
                + "    advice.favourEach(2, Phase.DO).thatDeliver(Route.MOBILITY);\n"
                + "    advice.disfavourEach(2, Phase.DO).unless(TRAINING);\n"
                + "    advice.ruleOutEach(Phase.DO).andAlso(Route.MOBILITY);\n"
                + "    advice.favourEach(2, Phase.DO).andAlso(\"vvt-pr-gezamenlijk-jaarpln\");\n"
                + "    advice.ruleOutEachNotMeantFor($years);\n"
                + "end\n"
                + "rule \"Candidate and not meant for for testing\"\n" + META
                + "when\n    $ability : EmployeeWorkAbility( )\n    Candidate( $i : instrument )\nthen\n"
                + "    advice.ruleOutEachNotMeantFor($ability);\nend\n";
        List<Problem> problems = RuleFolderFixture.refused(dir, text);
        List<String> lines = text.lines().toList();
        assertProblem(problems, lines, "    advice.favourEach(2, Phase.DO).thatDeliver();", "thatDeliver", "names nothing");
        assertProblem(problems, lines, "    advice.favourEach(2, Phase.DO).thatDeliver(Route.MOBILITY);", "Route.MOBILITY",
                "Route.MOBILITY is not an intervention function");
        assertProblem(problems, lines, "    advice.disfavourEach(2, Phase.DO).unless(TRAINING);", "TRAINING",
                "TRAINING is not a route, phase, outcome, audience or cost");
        assertProblem(problems, lines, "    advice.ruleOutEach(Phase.DO).andAlso(Route.MOBILITY);", "Route.MOBILITY",
                "is not an instrument id in quotes");
        assertProblem(problems, lines, "    advice.favourEach(2, Phase.DO).andAlso(\"vvt-pr-gezamenlijk-jaarpln\");",
                "\"vvt-pr-gezamenlijk-jaarpln", "did you mean vvt-pr-gezamenlijk-jaarplan");
        assertProblem(problems, lines, "    advice.ruleOutEachNotMeantFor($years);", "advice",
                "$years is not the employee's age, work ability or placement phase");
        assertProblem(problems, lines, "    advice.ruleOutEachNotMeantFor($ability);", "advice", "also matches a Candidate");
        assertEquals(7, problems.size(), problems.toString());
    }

    private static void assertProblem(List<Problem> problems, List<String> lines, String line, String token, String says) {
        int at = lines.indexOf(line) + 1;
        int column = line.indexOf(token) + 1;
        assertTrue(at > 0, line);
        Problem found = problems.stream().filter(p -> p.line() == at && p.message().contains(says)).findFirst()
                .orElseThrow(() -> new AssertionError("no problem at line " + at + " saying '" + says + "': " + problems));
        assertEquals(column, found.column(), found.toString());
    }
}
