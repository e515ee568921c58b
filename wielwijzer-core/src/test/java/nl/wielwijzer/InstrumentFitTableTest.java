package nl.wielwijzer;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.wielwijzer.problem.InvalidKnowledgeException;
import nl.wielwijzer.problem.Problem;
import nl.wielwijzer.profile.Profile;
import nl.wielwijzer.result.RankedInstrument;
import nl.wielwijzer.result.Recommendation;
import nl.wielwijzer.result.Step;
import nl.wielwijzer.result.TargetKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The generic fit table ({@code rules/instrument-fit.yaml}) as a policy designer uses it: its rows explain like
 * rules at their line, an edit of its points changes the points, a mistake is reported at file, line and field,
 * and a rule folder that still scores with the three rules it replaced ranks exactly as the table does.
 */
class InstrumentFitTableTest {

    private static final String GAP_ROW = "A candidate that targets a gap of the profile fits it better";
    private static final String STATED_ROW = "A candidate that the seed assigns a needed function fits that need";
    private static final List<String> EXAMPLES = Bundled.examples();

    private static Recommender bundled;

    @BeforeAll
    static void load() throws Exception {
        bundled = Recommender.builder().build();
    }

    private static Profile example(Recommender recommender, String name) throws Exception {
        Path file = Path.of("examples", name + ".json");
        return recommender.readProfile(file.toString(), Files.readString(file));
    }


    /** The line of {@code text} in the bundled table, counted from 1. */
    private static int lineOf(String text) throws Exception {
        List<String> lines = Files.readAllLines(Path.of("rules", "instrument-fit.yaml"));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " is not in rules/instrument-fit.yaml");
    }

    private static List<Step> steps(Recommender recommender, String example, String rule) throws Exception {
        return recommender.trace(example(recommender, example)).steps().stream()
                .filter(s -> s.rule().equals(rule) && s.targetKind() == TargetKind.INSTRUMENT).toList();
    }

    @Test
    void aRowIsExplainedLikeARuleAtItsLineInTheTable() throws Exception {
        List<Step> gapSteps = steps(bundled, "vvt-employee", GAP_ROW);
        assertFalse(gapSteps.isEmpty(), "the flagship employee has gaps that instruments target");
        for (Step step : gapSteps) {
            assertTrue(step.file().endsWith("instrument-fit.yaml"), step.file());
            assertEquals(lineOf("- rule: " + GAP_ROW), step.line());
            assertTrue(step.facts().stream().anyMatch(f -> f.startsWith("comB.")), "the gap it fired on: " + step.facts());
            assertTrue(step.points() >= 1 && step.points() <= 3, "a gap's severity: " + step.points());
        }
        assertTrue(bundled.knowledge().rules().rules().containsKey(STATED_ROW), "the rows are listed among the rules");
    }

    @Test
    void aCandidateRowIsExplainedAtItsLineAndMakesTheSectorsInstrumentsCandidates() throws Exception {
        String row = "Instruments an employee can use or ask for suit an employee in the same sector";
        List<Step> considered = steps(bundled, "gemeente-employee", row);
        assertFalse(considered.isEmpty());
        for (Step step : considered) {
            assertEquals(lineOf("- rule: " + row), step.line(), step.toString());
            assertEquals(nl.wielwijzer.result.Effect.CONSIDER, step.effect());
            String id = step.target();
            var instrument = bundled.knowledge().catalog().find(id).orElseThrow();
            assertTrue(instrument.sectors().contains(nl.wielwijzer.profile.Sector.GEMEENTE), id + " is of the sector");
            assertTrue(instrument.isForEmployees() && !instrument.isForTargetGroupOnly(), id);
        }
        // and none that an employee cannot use, or that is reserved for the target group
        long expected = bundled.knowledge().catalog().instruments().stream()
                .filter(i -> i.sectors().contains(nl.wielwijzer.profile.Sector.GEMEENTE) && i.isForEmployees()
                        && !i.isForTargetGroupOnly()).count();
        assertEquals(expected, considered.size());
    }

    @Test
    void aCandidateRowForAnUnknownDiagnosisIsReportedAtItsLine(@TempDir Path dir) throws Exception {
        Problem unknown = onlyProblem(dir, "whenDiagnosis: placementTargetGroup\n    nl: \"Regelingen en werkwijzen voor werknemers",
                "whenDiagnosis: placementTargetGrup\n    nl: \"Regelingen en werkwijzen voor werknemers");
        assertEquals(lineOf("whenDiagnosis: placementTargetGroup"), unknown.line(), unknown.toString());
        assertTrue(unknown.field().endsWith("whenDiagnosis"), unknown.toString());
        assertTrue(unknown.toString().contains("placementTargetGroup"), "suggests the code: " + unknown);
    }

    @Test
    void editingARowsPointsChangesWhatEveryMatchEarns(@TempDir Path dir) throws Exception {
        Path rules = Bundled.copyRules(dir);
        Path table = rules.resolve("instrument-fit.yaml");
        String text = Files.readString(table);
        assertTrue(text.contains("points: { from: 6, atLeast: 1 }"), "the bundled row this test edits");
        Files.writeString(table, text.replace("points: { from: 6, atLeast: 1 }", "points: { from: 9, atLeast: 1 }"));
        Recommender edited = Recommender.builder().rules(rules).build();

        List<Step> before = steps(bundled, "vvt-employer", STATED_ROW);
        List<Step> after = steps(edited, "vvt-employer", STATED_ROW);
        assertFalse(before.isEmpty());
        assertEquals(before.size(), after.size(), "the same matches");
        boolean lifted = false;
        for (int i = 0; i < before.size(); i++) {
            Step was = before.get(i);
            Step now = after.get(i);
            assertEquals(was.target(), now.target());
            assertEquals(was.facts(), now.facts());
            if (was.points() > 1) { // 6 - rank became 9 - rank
                assertEquals(was.points() + 3, now.points(), was.target() + " " + was.facts());
                lifted = true;
            } else { // rank 5 or lower, held up at 1: now 9 - rank, at least 1
                assertTrue(now.points() >= 1 && now.points() <= 4, now.toString());
            }
        }
        assertTrue(lifted, "some candidate delivers one of the four best-ranked functions");
    }

    @Test
    void anUnknownKindOfMatchIsReportedAtItsFileLineAndField(@TempDir Path dir) throws Exception {
        Problem when = onlyProblem(dir, "when: neededFunctionJudged", "when: neededFunctionJudgd");
        assertTrue(when.file().endsWith("instrument-fit.yaml"), when.file());
        assertEquals(lineOf("when: neededFunctionJudged"), when.line(), when.toString());
        assertTrue(when.field().endsWith("when"), when.toString());
        assertTrue(when.message().contains("did you mean neededFunctionJudged"), when.toString());
    }

    @Test
    void pointsThatDoNotSuitTheKindOfMatchAreReportedAtTheirLine(@TempDir Path dir) throws Exception {
        Problem points = onlyProblem(dir, "points: { perSeverity: 1 }", "points: { from: 3, atLeast: 1 }");
        assertEquals(lineOf("points: { perSeverity: 1 }"), points.line(), points.toString());
        assertTrue(points.field().endsWith("points"), points.toString());
        assertTrue(points.message().contains("perSeverity"), points.toString());
    }

    @Test
    void aQuoteThatIsNotInTheCitedLinesIsReported(@TempDir Path dir) throws Exception {
        Problem quote = onlyProblem(dir, "quote: \"omdat een interventie meerdere functies kan hebben\"",
                "quote: \"omdat een interventie altijd één functie heeft\"");
        assertEquals(lineOf("quote: \"omdat een interventie meerdere functies kan hebben\""), quote.line(), quote.toString());
        assertTrue(quote.field().contains("source"), quote.toString());
    }

    /** The one problem that loading the table with {@code from} replaced by {@code to} reports. */
    private static Problem onlyProblem(Path dir, String from, String to) throws Exception {
        Path rules = Bundled.copyRules(dir);
        Path table = rules.resolve("instrument-fit.yaml");
        String text = Files.readString(table);
        assertTrue(text.contains(from), from);
        Files.writeString(table, text.replace(from, to));
        InvalidKnowledgeException e = assertThrows(InvalidKnowledgeException.class,
                () -> Recommender.builder().rules(rules).build());
        assertEquals(1, e.problems().size(), e.problems().toString());
        return e.problems().get(0);
    }

    @Test
    void aRuleFolderThatScoresWithTheRulesTheTableReplacedRanksTheSame(@TempDir Path dir) throws Exception {
        Path rules = Bundled.copyRules(dir);
        Files.delete(rules.resolve("instrument-fit.yaml"));
        Files.writeString(rules.resolve("instruments.drl"), Files.readString(rules.resolve("instruments.drl")) + oldRules());
        Recommender withRules = Recommender.builder().rules(rules).build();
        for (String example : EXAMPLES) {
            Recommendation table = bundled.recommend(example(bundled, example));
            Recommendation drl = withRules.recommend(example(withRules, example));
            assertFalse(table.instruments().isEmpty(), example);
            assertEquals(ranking(table), ranking(drl), example);
            assertEquals(functions(table), functions(drl), example);
        }
    }

    @Test
    void aRowWithTheNameOfARuleIsRefusedNamingBothPlaces(@TempDir Path dir) throws Exception {
        Path rules = Bundled.copyRules(dir);
        Files.writeString(rules.resolve("instruments.drl"), Files.readString(rules.resolve("instruments.drl")) + oldRules());
        InvalidKnowledgeException e = assertThrows(InvalidKnowledgeException.class,
                () -> Recommender.builder().rules(rules).build());
        assertEquals(8, e.problems().size(), e.problems().toString());
        Problem first = e.problems().get(0);
        assertTrue(first.file().endsWith("instrument-fit.yaml"), first.toString());
        assertTrue(first.message().contains("instruments.drl:"), first.toString());
    }

    /** The eight rules the table replaced, as instruments.drl held them (a test resource, kept as written then). */
    private static String oldRules() throws Exception {
        try (InputStream in = InstrumentFitTableTest.class.getResourceAsStream("/fit/instruments-fit-rules.drl")) {
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return "\n" + text.substring(text.indexOf("rule \""));
        }
    }

    private static List<String> functions(Recommendation r) {
        return r.interventionFunctions().stream().map(f -> f.rank() + " " + f.function() + " " + f.score()).toList();
    }

    private static List<String> ranking(Recommendation r) {
        return r.instruments().stream()
                .map((RankedInstrument i) -> i.rank() + " " + i.id() + " " + i.score() + " " + i.fit() + " " + i.status())
                .toList();
    }
}
