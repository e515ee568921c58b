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

    /** The same finding (3 points on an ungated function) weighs by its strength; the ranking follows. */
    @Test
    void aFindingWeighsByTheStrengthOfItsEvidence(@TempDir Path dir) throws Exception {
        Recommender recommender = build(dir, finding("Persuade", "PERSUASION", "opinion")
                + finding("Model", "MODELLING", "single") + finding("Train", "TRAINING", "several"));
        Recommendation r = recommend(recommender);
        assertEquals(List.of(InterventionFunction.TRAINING, InterventionFunction.MODELLING,
                InterventionFunction.PERSUASION), r.interventionFunctions().stream().map(RankedFunction::function).toList());
        assertEquals(3.0, function(r, InterventionFunction.TRAINING).score());
        assertEquals(2.0, function(r, InterventionFunction.MODELLING).score()); // two thirds for one case
        assertEquals(1.5, function(r, InterventionFunction.PERSUASION).score()); // half for an opinion
        Explanation opinion = function(r, InterventionFunction.PERSUASION).explanations().get(0);
        assertEquals(3, opinion.points(), "the explanation keeps the points the rule gave");
        assertEquals(1.5, opinion.counted());
        String json = Recommender.toJson(r, Explain.FULL, null);
        assertTrue(json.contains("\"score\":1.5"), json);
        assertTrue(json.contains("\"points\":3,\"counted\":1.5"), json);
        assertTrue(json.contains("\"score\":3,"), "a whole score has no decimal: " + json);
    }

    /**
     * On instruments, a finding that names the instrument for this case counts in full whatever its strength (the
     * specific findings decide); a broad finding, which lifts every instrument of a kind, weighs by its strength.
     */
    @Test
    void aFindingThatNamesAnInstrumentCountsInFullABroadOneWeighs(@TempDir Path dir) throws Exception {
        String flagship = Files.readString(Path.of(PROFILE));
        String first = nl.wielwijzer.Bundled.recommender().recommend(PROFILE, flagship).instruments().get(0).id();
        Path rules = nl.wielwijzer.Bundled.copyRules(dir);
        Files.writeString(rules.resolve("seed-009-mine.drl"), HEADER + "import nl.wielwijzer.catalog.*\n\n"
                + opinion("Named", "Case()", "advice.favour(3, \"" + first + "\");")
                + opinion("Broad", "Case()\n    Candidate( $i : instrument )", "advice.favour($i, 2);"));
        Recommendation r = Recommender.builder().rules(rules).build().recommend(PROFILE, flagship);
        List<Explanation> named = r.instruments().stream().filter(i -> i.id().equals(first))
                .flatMap(i -> i.explanations().stream()).filter(x -> x.rule().equals("Named")).toList();
        assertEquals(1, named.size(), first + " is listed with the named finding");
        assertEquals(3.0, named.get(0).counted(), "named for this case: in full, though an opinion");
        List<Double> broad = r.instruments().stream().flatMap(i -> i.explanations().stream())
                .filter(x -> x.rule().equals("Broad")).map(Explanation::counted).toList();
        assertFalse(broad.isEmpty(), "the broad finding reaches the listed instruments");
        assertTrue(broad.contains(1.0), "2 points of an opinion count 1: " + broad);
        assertTrue(broad.stream().allMatch(c -> c <= 1.0), "never more than the weighed points: " + broad);
    }

    private static String opinion(String name, String when, String then) {
        return "rule \"" + name + "\"\n"
                + "    @scope(\"any\")\n"
                + "    @evidence(\"opinion\")\n"
                + "    @nl(\"Uitleg.\")\n"
                + "    @en(\"Explanation.\")\n"
                + "    @source(\"002_488956ea70b0741c.txt\", \"83\", \"te dwingen door middel van wet- en regelgeving\")\n"
                + "when\n    " + when + "\nthen\n    " + then + "\nend\n\n";
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
