package nl.wielwijzer.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.wielwijzer.Bundled;
import nl.wielwijzer.Recommender;
import nl.wielwijzer.bcw.Language;
import nl.wielwijzer.problem.InvalidKnowledgeException;
import nl.wielwijzer.problem.Problem;
import nl.wielwijzer.result.ApeaseCriterion;
import nl.wielwijzer.result.Effect;
import nl.wielwijzer.result.Exclusion;
import nl.wielwijzer.result.Explain;
import nl.wielwijzer.result.Explanation;
import nl.wielwijzer.result.RankedInstrument;
import nl.wielwijzer.result.Recommendation;
import nl.wielwijzer.result.TargetKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * APEASE is a stage of its own (issue 9 item 4): its rules name their criterion ({@code @apease}) and run in agenda
 * group {@code apease}; what they rule out or lower says by which criterion, in Java and in JSON. The expectations
 * come from the rule texts of rules/apease.drl (written before the code ran): restriction is not acceptable for an
 * employee; online-only channels are lowered for a low-educated employee, by equity.
 */
class ApeaseStageTest {

    private static final String HEADER = """
            package wielwijzer
            import nl.wielwijzer.rules.*
            import nl.wielwijzer.bcw.*
            import static nl.wielwijzer.bcw.InterventionFunction.*
            global Advice advice

            """;

    private static final String FLAGSHIP = "examples/vvt-employee.json";

    /** A rule of the APEASE stage as a policy designer writes it; {@code apease} or {@code group} null leaves it out. */
    private static String rule(String name, String apease, String group, String action) {
        return "rule \"" + name + "\"\n"
                + (apease == null ? "" : "    @apease(\"" + apease + "\")\n")
                + "    @nl(\"Uitleg.\")\n"
                + "    @en(\"Explanation.\")\n"
                + "    @source(\"002_488956ea70b0741c.txt\", \"83\", \"te dwingen door middel van wet- en regelgeving\")\n"
                + (group == null ? "" : "    agenda-group \"" + group + "\"\n")
                + "when\n    Case( employee )\nthen\n    " + action + ";\nend\n\n";
    }

    private static Recommender build(Path dir, String file, String drl) throws Exception {
        Files.copy(Path.of("rules/vocabulary.yaml"), dir.resolve("vocabulary.yaml"));
        Files.writeString(dir.resolve(file), HEADER + drl);
        return Recommender.builder().rules(dir).catalog(Files.createDirectories(dir.resolve("catalog"))).build();
    }

    private static Problem refused(Path dir, String file, String drl) {
        InvalidKnowledgeException e = assertThrows(InvalidKnowledgeException.class, () -> build(dir, file, drl));
        assertEquals(1, e.problems().size(), e.problems().toString());
        return e.problems().get(0);
    }

    private static Recommendation flagship(Recommender recommender) throws Exception {
        return recommender.recommend(FLAGSHIP, Files.readString(Path.of(FLAGSHIP)));
    }

    @Test
    void anUnknownCriterionIsRefusedWithFileLineFieldAndASuggestion(@TempDir Path dir) {
        Problem p = refused(dir, "apease.drl", rule("Mine", "acceptibility", "apease", "advice.ruleOut(COERCION)"));
        assertEquals(dir.resolve("apease.drl").toString(), p.file());
        assertEquals(8, p.line()); // the rule at 7, @apease at 8
        assertEquals("rule \"Mine\" @apease", p.field());
        assertEquals("\"acceptibility\" is not an APEASE criterion Wielwijzer knows", p.message());
        assertTrue(p.hint().startsWith("did you mean \"acceptability\"?"), p.hint());
        assertTrue(p.hint().contains("affordability, practicability, effectiveness, acceptability, sideEffects, equity"), p.hint());
    }

    @Test
    void aRuleInTheApeaseFileWithoutACriterionIsRefused(@TempDir Path dir) {
        Problem p = refused(dir, "apease.drl", rule("Mine", null, null, "advice.ruleOut(COERCION)"));
        assertEquals(7, p.line());
        assertEquals("rule \"Mine\" @apease", p.field());
        assertTrue(p.message().startsWith("has no @apease"), p.message());
    }

    @Test
    void aCriterionWithoutTheStageAndTheStageWithoutACriterionAreRefused(@TempDir Path dir) throws Exception {
        Problem tagged = refused(dir, "mine.drl", rule("Mine", "acceptability", null, "advice.ruleOut(COERCION)"));
        assertEquals("names an APEASE criterion but does not run in the APEASE stage", tagged.message());
        assertTrue(tagged.hint().contains("agenda-group \"apease\""), tagged.hint());
        Path other = Files.createDirectories(dir.resolve("other"));
        Problem untagged = refused(other, "mine.drl", rule("Mine", null, "apease", "advice.ruleOut(COERCION)"));
        assertEquals("runs in the APEASE stage but names no criterion", untagged.message());
        Path third = Files.createDirectories(dir.resolve("third"));
        Problem group = refused(third, "mine.drl", rule("Mine", null, "later", "advice.ruleOut(COERCION)"));
        assertEquals("has agenda-group \"later\", which the engine never fires", group.message());
    }

    @Test
    void anApeaseRuleRunsInItsOwnStageAndItsExclusionNamesTheCriterion(@TempDir Path dir) throws Exception {
        Recommender recommender = build(dir, "apease.drl", rule("No coercion", "acceptability", "apease",
                "advice.ruleOut(COERCION)"));
        Exclusion coercion = flagship(recommender).excluded().get(0);
        assertEquals("coercion", coercion.code());
        assertEquals(List.of(ApeaseCriterion.ACCEPTABILITY), coercion.criteria());
    }

    @Test
    void anApeaseRuleThatAddsIsRefusedWhenTheSetIsTriedOnTheExamples(@TempDir Path dir) {
        // loading tries a rule set on the bundled examples, where the rule fires for the employees and favours
        InvalidKnowledgeException e = assertThrows(InvalidKnowledgeException.class, () -> build(dir, "apease.drl",
                rule("Adds", "equity", "apease", "advice.favour(TRAINING, 2)")));
        Problem p = e.problems().get(0);
        assertEquals(dir.resolve("apease.drl").toString(), p.file());
        assertEquals(7, p.line());
        assertTrue(p.message().contains("the rule 'Adds' is an APEASE rule (@apease(\"equity\")) and so may only rule "
                + "out or disfavour"), p.message());
    }

    @Test
    void theFiringLimitGuardsTheApeaseStageAndNamesItsRule(@TempDir Path dir) throws Exception {
        // the flagship has six gaps: this APEASE rule fires six times, in the APEASE stage only
        String everyGap = HEADER + rule("Every gap", "equity", "apease", "advice.disfavour(TRAINING, 1)")
                .replace("Case( employee )", "Gap( )");
        Files.copy(Path.of("rules/vocabulary.yaml"), dir.resolve("vocabulary.yaml"));
        Files.writeString(dir.resolve("apease.drl"), everyGap);
        Recommender.Builder builder = Recommender.builder().rules(dir)
                .catalog(Files.createDirectories(dir.resolve("catalog"))).firingLimit(5);
        Problem p = assertThrows(InvalidKnowledgeException.class, builder::build).problems().get(0);
        assertEquals("rule \"Every gap\"", p.field());
        assertTrue(p.message().startsWith("the rule \"Every gap\" fired more than 5 times in one stage"), p.message());
        builder.firingLimit(6).build();
    }

    @Test
    void restrictionForTheFlagshipEmployeeIsRuledOutByAcceptabilityInJavaAndJson() throws Exception {
        Recommendation r = flagship(Bundled.recommender());
        Exclusion restriction = r.excluded().stream()
                .filter(e -> e.kind() == TargetKind.INTERVENTION_FUNCTION && e.code().equals("restriction"))
                .findFirst().orElseThrow();
        assertEquals(List.of(ApeaseCriterion.ACCEPTABILITY), restriction.criteria());
        Explanation why = restriction.explanations().get(0);
        assertEquals("Restriction is not aimed at an employee: it is not acceptable", why.rule());
        assertEquals(ApeaseCriterion.ACCEPTABILITY, why.apease());
        // legislation and fiscal measures are not in an employee's hands
        assertEquals(List.of(ApeaseCriterion.PRACTICABILITY), r.excluded().stream()
                .filter(e -> e.code().equals("legislation")).findFirst().orElseThrow().criteria());

        JsonNode json = new ObjectMapper().readTree(Recommender.toJson(r, Explain.STANDARD, Language.NL));
        JsonNode excluded = null;
        for (JsonNode e : json.get("excluded")) {
            if (e.get("code").asText().equals("restriction")) {
                excluded = e;
            }
        }
        assertEquals("[\"acceptability\"]", excluded.get("apease").toString());
        String rule = json.get("explanations").get(excluded.get("because").get(0).asText()).get("rule").asText();
        assertEquals("{\"code\":\"acceptability\",\"nl\":\"aanvaardbaarheid\"}", json.get("rules").get(rule).get("apease").toString());
        // an exclusion that is not APEASE's (an instrument for another age group) names no criterion
        for (JsonNode e : json.get("excluded")) {
            if (e.get("code").asText().equals("vvt-pr-voorlichting-pensioen-ww")) {
                assertNull(e.get("apease"), e.toString());
            }
        }
    }

    @Test
    void aPortalForALowEducatedEmployeeIsLoweredByEquityAndSaysSo() throws Exception {
        String profile = """
                {"id": "laag-opgeleid", "subject": "employee", "sector": "vvt",
                 "comB": {"psychologicalCapability": 2, "reflectiveMotivation": 2},
                 "employee": {"educationLevel": "low"}}""";
        Recommender recommender = Recommender.builder().maxInstruments(60).build();
        Recommendation r = recommender.recommend(profile);
        RankedInstrument scan = r.instruments().stream().filter(i -> i.id().equals("vvt-wn-loopbaanscan"))
                .findFirst().orElseThrow();
        Explanation lowered = scan.explanations().stream().filter(x -> x.apease() != null).findFirst().orElseThrow();
        assertEquals(ApeaseCriterion.EQUITY, lowered.apease());
        assertEquals(Effect.DISFAVOUR, lowered.effect());
        assertEquals(-2, lowered.points());
        String json = Recommender.toJson(r, Explain.STANDARD, Language.EN);
        assertTrue(json.contains("\"apease\":{\"code\":\"equity\",\"en\":\"equity\"}"), json);
        // the same employee with a higher education: no equity rule
        Recommendation high = recommender.recommend(profile.replace("\"low\"", "\"high\""));
        assertTrue(high.instruments().stream().flatMap(i -> i.explanations().stream()).allMatch(x -> x.apease() == null));
    }

    @Test
    void everyBundledRuleOfTheApeaseFileNamesItsCriterion() throws Exception {
        List<String> without = Bundled.recommender().knowledge().rules().rules().values().stream()
                .filter(rule -> rule.file().endsWith("apease.drl") && rule.apease() == null)
                .map(rule -> rule.file() + ":" + rule.line()).toList();
        assertEquals(List.of(), without);
    }
}
