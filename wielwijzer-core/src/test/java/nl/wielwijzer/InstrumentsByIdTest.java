package nl.wielwijzer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.wielwijzer.problem.Problem;
import nl.wielwijzer.result.Effect;
import nl.wielwijzer.result.Exclusion;
import nl.wielwijzer.result.Explanation;
import nl.wielwijzer.result.RankedInstrument;
import nl.wielwijzer.result.Recommendation;
import nl.wielwijzer.result.Step;
import nl.wielwijzer.result.TargetKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static nl.wielwijzer.RuleFolderFixture.EXAMPLES;
import static nl.wielwijzer.RuleFolderFixture.HEADER;
import static nl.wielwijzer.RuleFolderFixture.META;
import static nl.wielwijzer.RuleFolderFixture.example;
import static nl.wielwijzer.RuleFolderFixture.refused;
import static nl.wielwijzer.RuleFolderFixture.sortedSteps;
import static nl.wielwijzer.RuleFolderFixture.withRule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Instruments named by id in a rule's actions ({@code advice.favour(2, "a", "b")}, {@code advice.disfavour},
 * {@code advice.ruleOut("a")}), as a policy designer writes them in a rule folder: the loader checks every id, a
 * named instrument that is not a candidate gets nothing, and the same rule in the Candidate form gives the same
 * result.
 */
class InstrumentsByIdTest {

    /** A VVT instrument for employees: a candidate for the VVT employee example. */
    private static final String VVT = "vvt-pr-talentmanager";
    /** A municipal instrument: never a candidate for a VVT profile. */
    private static final String GEMEENTE = "gem-ao-website";

    @Test
    void anUnknownIdInTheByIdFormIsReportedAtItsFileAndLineWithTheIdItMeant(@TempDir Path dir) throws Exception {
        String text = HEADER + "rule \"Talent managers for testing\"\n" + META
                + "when\n    Case( employee )\nthen\n    advice.favour(2, \"" + VVT + "\",\n        \"vvt-pr-talentmanagr\");\nend\n";
        List<Problem> problems = refused(dir, text);
        assertEquals(1, problems.size(), problems.toString());
        Problem p = problems.get(0);
        List<String> lines = text.lines().toList();
        assertEquals(lines.indexOf("        \"vvt-pr-talentmanagr\");") + 1, p.line(), p.toString());
        assertEquals(9, p.column(), p.toString());
        assertTrue(p.message().contains("\"vvt-pr-talentmanagr\" is not an instrument in the catalogue"), p.toString());
        assertTrue(p.message().contains("did you mean " + VVT), p.toString());
    }

    @Test
    void anUnknownIdInARuleOutIsReportedToo(@TempDir Path dir) throws Exception {
        String text = HEADER + "rule \"Nothing for testing\"\n" + META
                + "when\n    Case( employee )\nthen\n    advice.ruleOut(\"no-such-instrument\");\nend\n";
        List<Problem> problems = refused(dir, text);
        assertEquals(1, problems.size(), problems.toString());
        Problem p = problems.get(0);
        assertEquals(text.lines().toList().indexOf("    advice.ruleOut(\"no-such-instrument\");") + 1, p.line(), p.toString());
        assertEquals(20, p.column(), p.toString());
    }

    /** favour(2) and ruleOut() compile (the ids are a variable-length list) but would do nothing: refused. */
    @Test
    void anActionThatNamesNoInstrumentIsRefusedAtItsLine(@TempDir Path dir) throws Exception {
        String text = HEADER + "rule \"Nothing named for testing\"\n" + META
                + "when\n    Case( employee )\nthen\n    advice.favour(TRAINING, 1);\n    advice.favour(2);\n    advice.ruleOut( );\nend\n";
        List<Problem> problems = refused(dir, text);
        assertEquals(2, problems.size(), problems.toString());
        List<String> lines = text.lines().toList();
        Problem favour = problems.get(0);
        assertEquals(lines.indexOf("    advice.favour(2);") + 1, favour.line(), favour.toString());
        assertEquals("advice.favour", favour.field(), favour.toString());
        assertTrue(favour.message().contains("names no instrument"), favour.toString());
        assertTrue(favour.hint().contains("advice.favour(2, \"id\""), favour.toString());
        Problem ruleOut = problems.get(1);
        assertEquals(lines.indexOf("    advice.ruleOut( );") + 1, ruleOut.line(), ruleOut.toString());
        assertEquals("advice.ruleOut", ruleOut.field(), ruleOut.toString());
    }

    @Test
    void aNamedCandidateIsFavouredAndANamedNonCandidateGetsNothing(@TempDir Path dir) throws Exception {
        String rule = "Talent managers and websites for testing";
        Recommender recommender = withRule(dir, "rule \"" + rule + "\"\n" + META
                + "when\n    Case( employee )\n    Gap( component == ComB.REFLECTIVE_MOTIVATION )\nthen\n"
                + "    advice.favour(9, \"" + VVT + "\", \"" + GEMEENTE + "\");\nend\n");
        var trace = recommender.trace(example(recommender, "vvt-employee"));
        List<Step> steps = trace.steps().stream().filter(s -> s.rule().equals(rule)).toList();
        assertEquals(1, steps.size(), steps.toString());
        Step step = steps.get(0);
        assertEquals(TargetKind.INSTRUMENT, step.targetKind());
        assertEquals(VVT, step.target());
        assertEquals(Effect.FAVOUR, step.effect());
        assertEquals(9, step.points());
        assertEquals(2, step.facts().size(), "the case and the gap it fired on: " + step.facts());
        RankedInstrument favoured = trace.recommendation().instruments().stream()
                .filter(i -> i.id().equals(VVT)).findFirst().orElseThrow(() -> new AssertionError("9 points rank it"));
        Explanation why = favoured.explanations().stream().filter(x -> x.rule().equals(rule)).findFirst().orElseThrow();
        assertEquals(9, why.points());
        assertEquals(RankedInstrument.Fit.SPECIFIC, favoured.fit(), "a finding that names it");
        assertTrue(trace.recommendation().instruments().stream().noneMatch(i -> i.id().equals(GEMEENTE)));
        assertTrue(trace.steps().stream().noneMatch(s -> s.target().equals(GEMEENTE)), "not a candidate: no step at all");
        assertEquals(VVT + ", " + GEMEENTE + " +9 each", recommender.knowledge().rules().rules().get(rule).effect(),
                "the effect in words, as the Candidate form reads");
    }

    @Test
    void aRuleOutByIdExcludesACandidateOnlyAndNothingElse(@TempDir Path dir) throws Exception {
        String rule = "Talent managers and websites are ruled out for testing";
        Recommender recommender = withRule(dir, "rule \"" + rule + "\"\n" + META
                + "when\n    Case( employee )\nthen\n    advice.ruleOut(\"" + VVT + "\", \"" + GEMEENTE + "\");\nend\n"
                + "rule \"Talent managers are favoured for testing\"\n" + META
                + "when\n    Case( employee )\nthen\n    advice.favour(9, \"" + VVT + "\", \"" + GEMEENTE + "\");\nend\n");
        Recommendation r = recommender.recommend(example(recommender, "vvt-employee"));
        assertTrue(r.instruments().stream().noneMatch(i -> i.id().equals(VVT) || i.id().equals(GEMEENTE)));
        List<Exclusion> excluded = r.excluded().stream().filter(x -> x.kind() == TargetKind.INSTRUMENT).toList();
        assertTrue(excluded.stream().anyMatch(x -> x.code().equals(VVT)
                && x.explanations().stream().anyMatch(e -> e.rule().equals(rule))), excluded.toString());
        assertFalse(excluded.stream().anyMatch(x -> x.code().equals(GEMEENTE)), "not a candidate, so not excluded");
    }

    @Test
    void theCandidateFormAndTheByIdFormOfOneRuleGiveTheSameResults(@TempDir Path dir) throws Exception {
        String ids = "\"" + VVT + "\", \"vvt-pr-stuwmeer-verlofuren\", \"" + GEMEENTE + "\", \"gem-alles-uit-jezelf\"";
        String byCandidate = "rule \"Named instruments for testing\"\n" + META
                + "when\n    Case( employee )\n    Gap( $g : component )\n    Candidate( $i : instrument, instrument.id in (" + ids + ") )\n"
                + "then\n    advice.favour($i, 3);\nend\n"
                + "rule \"Named instruments are ruled out for testing\"\n" + META
                + "when\n    Case( employer )\n    Candidate( $i : instrument, instrument.id == \"vvt-wg-mai-plus\" )\n"
                + "then\n    advice.ruleOut($i);\nend\n";
        // the same rules at the same lines: only the Candidate pattern gives way to a blank line
        String byId = "rule \"Named instruments for testing\"\n" + META
                + "when\n    Case( employee )\n    Gap( $g : component )\n\n"
                + "then\n    advice.favour(3, " + ids + ");\nend\n"
                + "rule \"Named instruments are ruled out for testing\"\n" + META
                + "when\n    Case( employer )\n\n"
                + "then\n    advice.ruleOut(\"vvt-wg-mai-plus\");\nend\n";
        Recommender candidate = withRule(dir.resolve("a"), byCandidate);
        Recommender named = withRule(dir.resolve("b"), byId);
        for (String example : EXAMPLES) {
            var a = candidate.trace(example(candidate, example));
            var b = named.trace(example(named, example));
            assertEquals(Recommender.toJson(a.recommendation()).replace(dir.resolve("a").toString(), ""),
                    Recommender.toJson(b.recommendation()).replace(dir.resolve("b").toString(), ""), example);
            // every step the same (the Candidate fact is never listed); only their order may differ
            assertEquals(sortedSteps(a.steps(), dir.resolve("a")), sortedSteps(b.steps(), dir.resolve("b")), example);
            if (example.equals("vvt-employee") || example.equals("gemeente-employee")) { // where the named are candidates
                assertTrue(a.steps().stream().anyMatch(s -> s.rule().equals("Named instruments for testing")),
                        example + ": the rule fired");
            }
        }
    }

    /** makeBetterUse(2) and alreadyOffered() compile too, and would do nothing: refused like favour(2). */
    @Test
    void anOfferedActionThatNamesNoInstrumentOrAnUnknownOneIsRefusedAtItsLine(@TempDir Path dir) throws Exception {
        String text = HEADER + "rule \"Offered nothing for testing\"\n" + META
                + "when\n    Offered( $id : instrumentId )\nthen\n    advice.makeBetterUse(2);\n    advice.alreadyOffered();\n"
                + "    advice.makeBetterUse(2, \"gem-agressietrainin\");\n    advice.alreadyOffered($id);\nend\n";
        List<Problem> problems = refused(dir, text);
        assertEquals(3, problems.size(), problems.toString());
        List<String> lines = text.lines().toList();
        Problem unknown = problems.stream().filter(p -> p.message().contains("not an instrument")).findFirst().orElseThrow();
        assertEquals(lines.indexOf("    advice.makeBetterUse(2, \"gem-agressietrainin\");") + 1, unknown.line(), unknown.toString());
        assertTrue(unknown.message().contains("did you mean gem-agressietraining"), unknown.toString());
        Problem better = problems.stream().filter(p -> "advice.makeBetterUse".equals(p.field())).findFirst().orElseThrow();
        assertEquals(lines.indexOf("    advice.makeBetterUse(2);") + 1, better.line(), better.toString());
        assertTrue(better.message().contains("names no instrument"), better.toString());
        assertTrue(better.hint().contains("advice.makeBetterUse(2, \"id\""), better.toString());
        Problem offered = problems.stream().filter(p -> "advice.alreadyOffered".equals(p.field())).findFirst().orElseThrow();
        assertEquals(lines.indexOf("    advice.alreadyOffered();") + 1, offered.line(), offered.toString());
        assertTrue(offered.hint().contains("advice.alreadyOffered($id)"), offered.toString());
    }

    /**
     * The forms without a Candidate pattern ({@code advice.alreadyOffered($id)}, {@code advice.makeBetterUse(2, $id)}
     * with {@code Offered( $id : instrumentId, $i : instrument )}, {@code advice.disfavourWhereNoGap(2)}) give what
     * the same rules joined to every Candidate give, on every example with and without offered instruments.
     */
    @Test
    void theOfferedAndNoGapFormsGiveTheSameResultsAsTheirCandidateForms(@TempDir Path dir) throws Exception {
        String byCandidate = "rule \"Offered instruments are not repeated for testing\"\n" + META
                + "when\n    Offered( $id : instrumentId )\n    Candidate( $i : instrument, instrument.id() == $id )\n"
                + "then\n    advice.alreadyOffered($i);\nend\n"
                + "rule \"Offered instruments for a needed function are used better for testing\"\n" + META
                + "when\n    Case( employer )\n    Offered( $id : instrumentId )\n"
                + "    Candidate( $i : instrument, instrument.id() == $id )\n"
                + "    exists FunctionNeed( rank <= 3, $i.delivers(interventionFunction) )\n"
                + "then\n    advice.makeBetterUse($i, 3);\nend\n"
                + "rule \"Instruments for what is managed already are lowered for testing\"\n" + META
                + "when\n    Case( employee )\n    Candidate( $i : instrument )\n"
                + "    exists Gap( severity == 0, $i.targets(component) )\n    not Gap( severity >= 1, $i.targets(component) )\n"
                + "then\n    advice.disfavour($i, 3);\nend\n";
        // the same rules at the same lines: the Candidate patterns give way to blank lines
        String byId = "rule \"Offered instruments are not repeated for testing\"\n" + META
                + "when\n    Offered( $id : instrumentId )\n\n"
                + "then\n    advice.alreadyOffered($id);\nend\n"
                + "rule \"Offered instruments for a needed function are used better for testing\"\n" + META
                + "when\n    Case( employer )\n    Offered( $id : instrumentId, $i : instrument )\n"
                + "\n"
                + "    exists FunctionNeed( rank <= 3, $i.delivers(interventionFunction) )\n"
                + "then\n    advice.makeBetterUse(3, $id);\nend\n"
                + "rule \"Instruments for what is managed already are lowered for testing\"\n" + META
                + "when\n    Case( employee )\n\n"
                + "\n\n"
                + "then\n    advice.disfavourWhereNoGap(3);\nend\n";
        Recommender candidate = withRule(dir.resolve("a"), byCandidate);
        Recommender named = withRule(dir.resolve("b"), byId);
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        java.util.Set<String> fired = new java.util.TreeSet<>();
        for (String example : EXAMPLES) {
            for (boolean offer : List.of(false, true)) {
                var tree = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(
                        Files.readString(Path.of("examples", example + ".json")));
                if (offer) {
                    // and no gap in three components, so that instruments aimed only at them are lowered
                    ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("comB")).put("physicalCapability", 0)
                            .put("physicalOpportunity", 0).put("automaticMotivation", 0);
                    // instruments of both sectors and both subjects, one not a candidate anywhere it is offered
                    (tree.has("organisation") ? (com.fasterxml.jackson.databind.node.ObjectNode) tree.get("organisation")
                            : tree.putObject("organisation")).putArray("offered").add("gem-agressietraining")
                            .add("gem-dialoogvaardigheden-trainingen").add(VVT).add(GEMEENTE).add("vvt-wg-mai-plus")
                            .add("pl-externe-jobcoach");
                }
                String text = json.writeValueAsString(tree);
                var a = candidate.trace(candidate.readProfile(example, text));
                var b = named.trace(named.readProfile(example, text));
                String which = example + (offer ? " with offered instruments" : "");
                assertEquals(Recommender.toJson(a.recommendation()).replace(dir.resolve("a").toString(), ""),
                        Recommender.toJson(b.recommendation()).replace(dir.resolve("b").toString(), ""), which);
                assertEquals(sortedSteps(a.steps(), dir.resolve("a")), sortedSteps(b.steps(), dir.resolve("b")), which);
                a.steps().stream().filter(s -> s.rule().endsWith("for testing")).forEach(s -> fired.add(s.rule()));
            }
        }
        assertEquals(3, fired.size(), "every rule of the test gave something somewhere: " + fired);
    }
}
