package nl.wielwijzer.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.wielwijzer.Recommender;
import nl.wielwijzer.internal.engine.RuleMisuseException;
import nl.wielwijzer.problem.InvalidProfileException;
import nl.wielwijzer.result.Step;
import nl.wielwijzer.result.Trace;

/** Runs scenarios against a recommender and says, per scenario, what held and what came out instead. */
public final class ScenarioRunner {

    private ScenarioRunner() {
    }

    /** An expectation that did not hold: what came out, and the rule steps behind it. */
    public record Failure(Expectation expectation, String actual, List<String> trace) {
    }

    /** The outcome of one scenario; {@code error} is set when the rules themselves failed. */
    public record Result(Scenario scenario, List<Failure> failures, Trace trace, String error) {
        public boolean passed() {
            return error == null && failures.isEmpty();
        }
    }

    public static Result run(Recommender recommender, Scenario scenario) {
        Trace trace;
        try {
            trace = recommender.trace(scenario.profile());
        } catch (InvalidProfileException e) {
            return new Result(scenario, List.of(), null, e.getMessage());
        } catch (RuleMisuseException e) {
            return new Result(scenario, List.of(), null, e.getMessage());
        }
        List<Failure> failures = new ArrayList<>();
        for (Expectation expectation : scenario.expectations()) {
            Optional<String> actual = expectation.check(trace);
            actual.ifPresent(a -> failures.add(new Failure(expectation, a, steps(trace, expectation))));
        }
        return new Result(scenario, failures, trace, null);
    }

    public static List<Result> run(Recommender recommender, List<Scenario> scenarios) {
        return scenarios.stream().map(s -> run(recommender, s)).toList();
    }

    /** The rule steps that shaped what the expectation is about. */
    private static List<String> steps(Trace trace, Expectation expectation) {
        return trace.steps().stream().filter(expectation::concerns).map(ScenarioRunner::line).toList();
    }

    private static String line(Step s) {
        String points = s.points() > 0 ? " +" + s.points() : s.points() < 0 ? " " + s.points() : "";
        return s.targetKind().code() + " " + s.target() + ": " + s.effect().code() + points + " by \"" + s.rule() + "\" ("
                + s.file() + ":" + s.line() + ")" + (s.facts().isEmpty() ? "" : " on " + String.join("; ", s.facts()));
    }
}
