package nl.wielwijzer.scenario;

import java.util.List;
import nl.wielwijzer.Bundled;
import nl.wielwijzer.internal.io.SourceFile;
import nl.wielwijzer.problem.Problem;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a policy designer sees when a scenario file is wrong, or a scenario fails. */
class ScenarioFilesTest {

    private static ScenarioLoader.Loaded load(String yaml) {
        return new ScenarioLoader(Bundled.recommender(), ScenarioLoader.Resolver.files())
                .load(List.of(new SourceFile("my-scenarios.yaml", yaml)));
    }

    /** The problems of a file with one scenario, "broken", on {@link #PROFILE} with these expectations. */
    private static List<String> problems(String expect) {
        return load("scenarios:\n  - name: broken\n" + PROFILE + expect).problems().stream().map(Problem::toString).toList();
    }

    private static final String PROFILE = """
                profile:
                  id: t
                  subject: employee
                  sector: vvt
                  comB: { socialOpportunity: 3 }
            """;

    @Test
    void aFailingScenarioSaysWhatWasExpectedWhatCameOutAndWhy() {
        ScenarioLoader.Loaded loaded = load("scenarios:\n  - name: wrong on purpose\n" + PROFILE + """
                    expect:
                      - function: coercion
                        rank: 1
                """);
        assertEquals(List.of(), loaded.problems());
        ScenarioRunner.Result result = ScenarioRunner.run(Bundled.recommender(), loaded.scenarios().get(0));
        assertFalse(result.passed());
        ScenarioRunner.Failure failure = result.failures().get(0);
        assertEquals("function coercion at rank 1", failure.expectation().describe());
        assertTrue(failure.actual().startsWith("it is not in the result"), failure.actual());
        assertTrue(failure.actual().contains("result: 1 "), failure.actual());
    }

    @Test
    void aPassingScenarioPasses() {
        ScenarioLoader.Loaded loaded = load("scenarios:\n  - name: right\n" + PROFILE + """
                    expect:
                      - function: modelling
                        present: true
                      - rule: Modelling can close a gap in social opportunity
                        on: { function: modelling }
                        points: 6
                      - function: coercion
                        absent: true
                """);
        assertEquals(List.of(), loaded.problems());
        assertTrue(ScenarioRunner.run(Bundled.recommender(), loaded.scenarios().get(0)).passed());
    }

    /** A social-opportunity gap calls for modelling; Table 3.3 lists demonstration (6.1) for it, not 16.3. */
    @Test
    void aTechniqueExpectationPassesOnWhatTheResultShowsAndSaysWhatItShowedWhenItFails() {
        ScenarioLoader.Loaded loaded = load("scenarios:\n  - name: techniques\n" + PROFILE + """
                    expect:
                      - technique: "6.1"
                        on: { function: modelling }
                      - technique: "16.3"
                        on: { function: modelling }
                      - technique: "6.1"
                        on: { function: restriction }
                """);
        assertEquals(List.of(), loaded.problems());
        ScenarioRunner.Result result = ScenarioRunner.run(Bundled.recommender(), loaded.scenarios().get(0));
        List<String> failed = result.failures().stream().map(f -> f.expectation().describe() + ": " + f.actual()).toList();
        assertEquals(2, failed.size(), failed.toString());
        assertEquals("technique 16.3 for function modelling: function modelling shows techniques 6.1", failed.get(0));
        assertTrue(failed.get(1).startsWith("technique 6.1 for function restriction: function restriction is not in the result"),
                failed.get(1));
    }

    @Test
    void aTechniqueThatIsNotInTheDataFileGetsADidYouMean() {
        List<String> messages = problems("""
                    expect:
                      - technique: "16.4"
                      - technique: "1.4"
                        on: { category: guidelines }
                """);
        assertEquals(2, messages.size(), String.join("\n", messages));
        assertTrue(messages.get(0).startsWith("my-scenarios.yaml:9:") && messages.get(0).contains(
                "scenarios[0].expect[0].technique: BCT 16.4 is not in rules/bct.yaml (did you mean 1.4?)"), messages.get(0));
        assertTrue(messages.get(1).contains("scenarios[0].expect[1].on: techniques belong to a function or an instrument"),
                messages.get(1));
    }

    @Test
    void mistakesInAScenarioFileAreReportedWithLineAndField() {
        List<String> messages = problems("""
                    expect:
                      - function: educaton
                        top: 2
                      - rule: No such rule at all
                      - instrument: vvt-wg-not-there
                        present: true
                      - function: training
                        rank: 1
                        top: 2
                """);
        assertEquals(4, messages.size(), String.join("\n", messages));
        assertTrue(messages.get(0).startsWith("my-scenarios.yaml:9:"), messages.get(0));
        assertTrue(messages.get(0).contains("scenarios[0].expect[0].function: \"educaton\" is not one of"), messages.get(0));
        assertTrue(messages.get(0).contains("did you mean education?"), messages.get(0));
    }

    @Test
    void aWrongProfileInAScenarioNamesItsPath() {
        ScenarioLoader.Loaded loaded = load("""
                scenarios:
                  - name: bad profile
                    profile: { id: t, subject: employee, sector: vvt, comB: { socialOpportunity: 9 } }
                    expect:
                      - function: training
                        present: true
                """);
        assertEquals(List.of("my-scenarios.yaml:3:82: scenarios[0].profile.comB.socialOpportunity: 9 is above the maximum 3"),
                loaded.problems().stream().map(Problem::toString).toList());
    }
}
