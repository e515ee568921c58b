package nl.wielwijzer.scenario;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.wielwijzer.result.Effect;
import nl.wielwijzer.result.Step;
import nl.wielwijzer.result.Trace;

/**
 * A rule fired (or did not), optionally changing a given target, by given points or with a given effect.
 * Points are summed over all firings of the rule on that target.
 */
record RuleExpectation(String rule, Subject on, Integer points, Effect effect, boolean fired, int line)
        implements Expectation {

    @Override
    public Optional<String> ruleCheckedToFire() {
        return fired ? Optional.of(rule) : Optional.empty();
    }

    @Override
    public String describe() {
        if (!fired) {
            return "rule \"" + rule + "\" does not fire";
        }
        StringBuilder out = new StringBuilder("rule \"" + rule + "\"");
        if (on != null) {
            out.append(effect != null ? " has effect " + effect + " on " : " changes ").append(on);
        } else if (effect != null) {
            out.append(" has effect ").append(effect);
        } else {
            out.append(" fires");
        }
        if (points != null) {
            out.append(" by ").append(points > 0 ? "+" : "").append(points);
        }
        return out.toString();
    }

    @Override
    public boolean concerns(Step step) {
        return step.rule().equals(rule);
    }

    @Override
    public Optional<String> check(Trace trace) {
        List<Step> steps = trace.steps().stream().filter(s -> s.rule().equals(rule)).toList();
        if (!fired) {
            return steps.isEmpty() ? Optional.empty() : Optional.of("it fired: " + summary(steps));
        }
        if (steps.isEmpty()) {
            return Optional.of("it did not fire for this profile");
        }
        List<Step> relevant = steps.stream()
                .filter(s -> on == null || (s.targetKind() == on.kind().stepKind && s.target().equals(on.code())))
                .filter(s -> effect == null || s.effect() == effect)
                .toList();
        if (relevant.isEmpty()) {
            return Optional.of("it fired, but " + (on == null ? "not with effect " + effect.code() : "it did not change " + on
                    + (effect == null ? "" : " with effect " + effect.code())) + "; what it did: " + summary(steps));
        }
        if (points != null) {
            int total = relevant.stream().mapToInt(Step::points).sum();
            if (total != points) {
                return Optional.of("it changed " + (on == null ? "the result" : on.toString()) + " by " + signed(total)
                        + "; what it did: " + summary(steps));
            }
        }
        return Optional.empty();
    }

    /** The most steps a failure message lists; a rule that touches every instrument would drown the reader. */
    private static final int SHOWN = 8;

    private static String summary(List<Step> steps) {
        String shown = steps.stream().limit(SHOWN).map(s -> s.effect().code() + " " + s.targetKind().code() + " " + s.target()
                + (s.points() != 0 ? " " + signed(s.points()) : "") + " [" + String.join("; ", s.facts()) + "]")
                .collect(Collectors.joining(", "));
        return steps.size() > SHOWN ? shown + ", and " + (steps.size() - SHOWN) + " more" : shown;
    }

    private static String signed(int n) {
        return n > 0 ? "+" + n : Integer.toString(n);
    }
}
