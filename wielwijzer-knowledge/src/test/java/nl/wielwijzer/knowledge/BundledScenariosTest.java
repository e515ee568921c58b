package nl.wielwijzer.knowledge;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.wielwijzer.Bundled;
import nl.wielwijzer.internal.io.SourceFile;
import nl.wielwijzer.internal.io.SourceFiles;
import nl.wielwijzer.problem.Problem;
import nl.wielwijzer.result.Trace;
import nl.wielwijzer.scenario.Coverage;
import nl.wielwijzer.scenario.ScenarioLoader;
import nl.wielwijzer.scenario.ScenarioRunner;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Every bundled scenario in rules/scenarios, each as its own test, as a policy designer runs them. */
class BundledScenariosTest {

    private static ScenarioLoader.Loaded loaded;

    private static synchronized ScenarioLoader.Loaded load() throws IOException {
        if (loaded == null) {
            List<SourceFile> files = SourceFiles.directory(Path.of("rules/scenarios"), ".yaml", "rules/scenarios");
            loaded = new ScenarioLoader(Bundled.recommender(), ScenarioLoader.Resolver.files()).load(files);
        }
        return loaded;
    }

    @Test
    void theScenarioFilesHaveNoProblems() throws IOException {
        assertEquals(List.of(), load().problems().stream().map(Problem::toString).toList());
    }

    @TestFactory
    Stream<DynamicTest> everyBundledScenarioPasses() throws IOException {
        return load().scenarios().stream().map(s -> DynamicTest.dynamicTest(
                Path.of(s.file()).getFileName() + ": " + s.name(), () -> {
                    ScenarioRunner.Result result = ScenarioRunner.run(Bundled.recommender(), s);
                    if (!result.passed()) {
                        fail(describe(result));
                    }
                }));
    }

    @Test
    void theBundledScenariosExerciseEveryRuleInstrumentAndMatrixCell() throws IOException {
        List<Trace> traces = ScenarioRunner.run(Bundled.recommender(), load().scenarios()).stream()
                .map(ScenarioRunner.Result::trace).filter(t -> t != null).toList();
        Coverage coverage = Coverage.of(Bundled.recommender().knowledge(), traces);
        assertTrue(coverage.complete(), coverage.report());
    }

    @Test
    void everyRuleHasAScenarioThatChecksWhatItDoes() throws IOException {
        Set<String> checked = load().scenarios().stream().flatMap(s -> s.expectations().stream())
                .flatMap(e -> e.ruleCheckedToFire().stream()).collect(Collectors.toSet());
        List<String> unchecked = Bundled.recommender().knowledge().rules().ruleList().stream()
                .filter(rule -> !checked.contains(rule.name()) && rule.matrix() == null)
                .map(rule -> rule.name() + " (" + rule.file() + ":" + rule.line() + ")").toList();
        assertEquals(List.of(), unchecked, "rules no scenario checks with a 'rule:' expectation");
    }

    private static String describe(ScenarioRunner.Result result) {
        if (result.error() != null) {
            return result.error();
        }
        return result.failures().stream().map(f -> "expected (line " + f.expectation().line() + "): "
                + f.expectation().describe() + "\n  got: " + f.actual() + "\n  trace:\n    "
                + String.join("\n    ", f.trace())).collect(Collectors.joining("\n"));
    }
}
