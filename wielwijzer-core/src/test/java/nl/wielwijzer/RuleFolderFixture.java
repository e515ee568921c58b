package nl.wielwijzer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.wielwijzer.problem.InvalidKnowledgeException;
import nl.wielwijzer.problem.Problem;
import nl.wielwijzer.profile.Profile;
import nl.wielwijzer.result.Step;
import nl.wielwijzer.result.Trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bundled rules plus one rule file of a test's own ({@code zz-test.drl}), as a policy designer would add it to a
 * copy of the rule folder: its header and rule metadata, the five examples to run it on, and the steps in an order
 * that does not depend on the folder. Shared by the tests that compare an action form with the Candidate pattern it
 * stands for, so both sides of every comparison have their rules at the same lines.
 */
final class RuleFolderFixture {

    /** The head of the test's rule file: package, imports, global. */
    static final String HEADER = """
            package wielwijzer

            import nl.wielwijzer.rules.*
            import nl.wielwijzer.profile.*
            import nl.wielwijzer.bcw.*
            import nl.wielwijzer.catalog.*
            import nl.wielwijzer.result.Route
            import nl.wielwijzer.result.Phase
            import static nl.wielwijzer.bcw.InterventionFunction.*

            global Advice advice

            """;
    /** What every rule of a test needs to load: its two explanations and a citation that says it. */
    static final String META = """
                @nl("Een regel voor deze test.")
                @en("A rule for this test.")
                @source("002_488956ea70b0741c.txt", "84-85", "te belonen door stimulerende maatregelen (dit blijkt vooral bij intrinsiek gemotiveerde werkgevers effectief te zijn)")
            """;
    /** The bundled example profiles. */
    static final List<String> EXAMPLES = Bundled.examples();

    private RuleFolderFixture() {
    }

    /** The example profile {@code name}, read as a caller reads it. */
    static Profile example(Recommender recommender, String name) throws Exception {
        Path file = Path.of("examples", name + ".json");
        return recommender.readProfile(file.toString(), Files.readString(file));
    }

    /** A recommender on a copy of the bundled rules in {@code dir} with {@code rules} (after the header) added. */
    static Recommender withRule(Path dir, String rules) throws Exception {
        Path folder = Bundled.copyRules(dir);
        Files.writeString(folder.resolve("zz-test.drl"), HEADER + rules);
        return Recommender.builder().rules(folder).build();
    }

    /** The problems loading reports for the bundled rules plus {@code text} as zz-test.drl; fails if it loads. */
    static List<Problem> refused(Path dir, String text) throws Exception {
        Path folder = Bundled.copyRules(dir);
        Files.writeString(folder.resolve("zz-test.drl"), text);
        List<Problem> problems = assertThrows(InvalidKnowledgeException.class,
                () -> Recommender.builder().rules(folder).build()).problems();
        problems.forEach(p -> assertTrue(p.file().endsWith("zz-test.drl"), p.toString()));
        return problems;
    }

    /**
     * Runs {@code a} (its rule folder in {@code dir/a}) and {@code b} (in {@code dir/b}) on every example and asserts
     * that both give the same result and the same steps, the folders' paths aside (the Candidate fact is never listed
     * among a step's facts). Returns the names of the test's rules (ending in "for testing") that gave {@code b} a step.
     */
    static Set<String> assertSameOnEveryExample(Path dir, Recommender a, Recommender b) throws Exception {
        Set<String> fired = new TreeSet<>();
        for (String example : EXAMPLES) {
            Trace ta = a.trace(example(a, example));
            Trace tb = b.trace(example(b, example));
            assertEquals(Recommender.toJson(ta.recommendation()).replace(dir.resolve("a").toString(), ""),
                    Recommender.toJson(tb.recommendation()).replace(dir.resolve("b").toString(), ""), example);
            assertEquals(sortedSteps(ta.steps(), dir.resolve("a")), sortedSteps(tb.steps(), dir.resolve("b")), example);
            tb.steps().stream().filter(s -> s.rule().endsWith("for testing")).forEach(s -> fired.add(s.rule()));
        }
        return fired;
    }

    /** The steps as text, without the folder's path, sorted: what two rule folders can be compared by. */
    static List<String> sortedSteps(List<Step> steps, Path dir) {
        return steps.stream().map(s -> s.toString().replace(dir.toString(), "")).sorted().toList();
    }
}
