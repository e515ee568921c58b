package nl.wielwijzer.rules;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.wielwijzer.Recommender;
import nl.wielwijzer.bcw.InterventionFunction;
import nl.wielwijzer.bcw.Language;
import nl.wielwijzer.problem.InvalidKnowledgeException;
import nl.wielwijzer.problem.Problem;
import nl.wielwijzer.result.Explain;
import nl.wielwijzer.result.Explanation;
import nl.wielwijzer.result.FindingEvidence;
import nl.wielwijzer.result.RankedFunction;
import nl.wielwijzer.result.Recommendation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A seed rule says how strong the support is that its seed gives it ({@code @evidence}); the loader refuses an
 * unknown or missing strength, and the explanation says the strength in plain words. Rule folders are written as a policy designer would.
 */
class FindingEvidenceTest {

    private static final String HEADER = """
            package wielwijzer
            import nl.wielwijzer.rules.*
            import nl.wielwijzer.bcw.*
            import static nl.wielwijzer.bcw.InterventionFunction.*
            global Advice advice

            """;

    private static final String PROFILE = "examples/vvt-employee.json";

    /** One finding: the same text, source and points, with the given function and strength. */
    private static String finding(String name, String function, String evidence) {
        return "rule \"" + name + "\"\n"
                + "    @scope(\"any\")\n"
                + (evidence == null ? "" : "    @evidence(\"" + evidence + "\")\n")
                + "    @nl(\"Uitleg.\")\n"
                + "    @en(\"Explanation.\")\n"
                + "    @source(\"002_488956ea70b0741c.txt\", \"83\", \"te dwingen door middel van wet- en regelgeving\")\n"
                + "when\n    Case()\nthen\n    advice.favour(" + function + ", 3);\nend\n\n";
    }

    private static Recommender build(Path dir, String drl) throws Exception {
        Files.copy(Path.of("rules/vocabulary.yaml"), dir.resolve("vocabulary.yaml"));
        Files.writeString(dir.resolve("seed-009-mine.drl"), HEADER + drl);
        return Recommender.builder().rules(dir).catalog(Files.createDirectories(dir.resolve("catalog"))).build();
    }

    private static List<Problem> refused(Path dir, String drl) throws Exception {
        InvalidKnowledgeException e = assertThrows(InvalidKnowledgeException.class, () -> build(dir, drl));
        return e.problems();
    }

    private static Recommendation recommend(Recommender recommender) throws Exception {
        return recommender.recommend(PROFILE, Files.readString(Path.of(PROFILE)));
    }

    private static RankedFunction function(Recommendation r, InterventionFunction f) {
        return r.interventionFunctions().stream().filter(x -> x.function() == f).findFirst().orElseThrow();
    }

    @Test
    void anUnknownStrengthIsRefusedWithFileLineAndTheAllowedCodes(@TempDir Path dir) throws Exception {
        List<Problem> problems = refused(dir, finding("Mine", "TRAINING", "severl"));
        assertEquals(1, problems.size(), problems.toString());
        Problem p = problems.get(0);
        assertEquals(dir.resolve("seed-009-mine.drl").toString(), p.file());
        assertEquals(9, p.line()); // rule at 7, @scope at 8, @evidence at 9
        assertTrue(p.column() > 0, "column " + p.column());
        assertEquals("rule \"Mine\" @evidence", p.field());
        assertEquals("\"severl\" is not a strength of evidence Wielwijzer knows", p.message());
        assertTrue(p.hint().startsWith("did you mean \"several\"?"), p.hint());
        assertTrue(p.hint().contains("measured, several, literature, single, advice, opinion"), p.hint());
    }

    @Test
    void aSeedRuleWithoutStrengthIsRefusedWithFileAndLine(@TempDir Path dir) throws Exception {
        List<Problem> problems = refused(dir, finding("Mine", "TRAINING", null));
        assertEquals(1, problems.size(), problems.toString());
        Problem p = problems.get(0);
        assertEquals(7, p.line());
        assertEquals("rule \"Mine\" @evidence", p.field());
        assertTrue(p.message().startsWith("has no @evidence"), p.message());
        assertTrue(p.hint().contains("measured, several, literature, single, advice, opinion"), p.hint());
    }

    @Test
    void twoStrengthsForOneFindingAreRefused(@TempDir Path dir) throws Exception {
        Problem p = refused(dir, finding("Mine", "TRAINING", "single\", \"several")).get(0);
        assertEquals("names 2 strengths; a finding has one", p.message());
    }

    @Test
    void theExplanationSaysTheStrengthInPlainWords(@TempDir Path dir) throws Exception {
        Recommender recommender = build(dir, finding("Train", "TRAINING", "single"));
        Recommendation r = recommend(recommender);
        Explanation why = function(r, InterventionFunction.TRAINING).explanations().get(0);
        assertEquals(FindingEvidence.SINGLE, why.evidence());
        String json = Recommender.toJson(r, Explain.FULL, null);
        assertTrue(json.contains("\"evidence\":{\"code\":\"single\",\"nl\":\"één geval of organisatie\",\"en\":\"one case or organisation\"}"), json);
        // the standard level names no rule texts, and no strength either
        String standard = Recommender.toJson(r, Explain.STANDARD, null);
        assertFalse(standard.contains("\"code\":\"single\""), standard);
        String dutch = Recommender.toJson(r, Explain.FULL, Language.NL);
        assertTrue(dutch.contains("\"evidence\":{\"code\":\"single\",\"nl\":\"één geval of organisatie\"}"), dutch);
    }

    @Test
    void everyBundledSeedRuleCarriesAStrength() throws Exception {
        Recommender bundled = nl.wielwijzer.Bundled.recommender();
        List<String> without = bundled.knowledge().rules().rules().values().stream()
                .filter(rule -> rule.file().contains("seed-") && rule.evidence() == null)
                .map(rule -> rule.file() + ":" + rule.line()).toList();
        assertEquals(List.of(), without);
    }
}
