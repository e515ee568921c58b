package nl.wielwijzer.evaluation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import nl.wielwijzer.bcw.InterventionFunction;
import nl.wielwijzer.bcw.Coded;

/**
 * How far one answer agrees with one judged case: a score per {@link Measure} and, in words, what was missed.
 *
 * @param scores the measures that apply to the case
 * @param misses what disagreed, one short phrase each, e.g. {@code top-3 lacks enablement}
 */
public record Agreement(Map<Measure, Double> scores, List<String> misses) {

    private static final List<Measure> IN_AGREEMENT = List.of(Measure.TOP3, Measure.MUST_INCLUDE, Measure.MUST_NOT,
            Measure.ROUTE, Measure.PHASE);
    private static final List<Measure> IN_SHARED = List.of(Measure.TOP3, Measure.MUST_INCLUDE, Measure.MUST_NOT);

    public Agreement {
        scores = Collections.unmodifiableMap(new EnumMap<>(scores));
        misses = List.copyOf(misses);
    }

    public OptionalDouble score(Measure measure) {
        Double value = scores.get(measure);
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    /** Scores an answer against a case's expectations. */
    public static Agreement of(JudgedCase.Expected expected, Answer answer) {
        Map<Measure, Double> scores = new EnumMap<>(Measure.class);
        List<String> misses = new ArrayList<>();
        List<InterventionFunction> top = answer.topThree();

        long shared = expected.topFunctions().stream().filter(top::contains).count();
        scores.put(Measure.TOP3, shared / 3.0);
        scores.put(Measure.TOP3_EXACT, shared == 3 ? 1.0 : 0.0);
        expected.topFunctions().stream().filter(f -> !top.contains(f)).sorted()
                .forEach(f -> misses.add("top-3 lacks " + f.code()));

        if (!expected.mustInclude().isEmpty()) {
            int found = 0;
            for (JudgedCase.Include include : expected.mustInclude()) {
                if (answer.instruments().stream().anyMatch(r -> r.id().equals(include.instrument())
                        && (include.status() == null || include.status() == r.status()))) {
                    found++;
                } else {
                    misses.add("not returned: " + include.instrument()
                            + (include.status() == null ? "" : " (" + include.status().code() + ")"));
                }
            }
            scores.put(Measure.MUST_INCLUDE, (double) found / expected.mustInclude().size());
        }

        if (!expected.mustNot().isEmpty()) {
            int respected = 0;
            for (JudgedCase.Forbidden forbidden : expected.mustNot()) {
                boolean violated = forbidden.function() != null ? top.contains(forbidden.function())
                        : answer.instruments().stream().anyMatch(r -> r.id().equals(forbidden.instrument()));
                if (violated) {
                    misses.add((forbidden.function() != null ? "in the top 3 against the seeds: " : "returned against the seeds: ")
                            + forbidden.code());
                } else {
                    respected++;
                }
            }
            scores.put(Measure.MUST_NOT, (double) respected / expected.mustNot().size());
        }

        scores.put(Measure.ROUTE, choice("route", expected.route(), answer.route(), answer.choosesRoute(), misses));
        scores.put(Measure.PHASE, choice("phase", expected.phase(), answer.phase(), answer.choosesRoute(), misses));
        scores.put(Measure.AGREEMENT, mean(scores, IN_AGREEMENT));
        scores.put(Measure.SHARED, mean(scores, IN_SHARED));
        return new Agreement(scores, misses);
    }

    private static double mean(Map<Measure, Double> scores, List<Measure> which) {
        return which.stream().filter(scores::containsKey).mapToDouble(scores::get).average().orElse(0);
    }

    /**
     * 1 for the expected code (none where none is expected), 0.5 for an acceptable one, else 0; a recommender
     * that cannot choose at all scores 0 whatever is expected.
     */
    private static <T extends Coded> double choice(String what, JudgedCase.Choice<T> expected, T actual,
                                                   boolean chooses, List<String> misses) {
        String wanted = expected.code() == null ? "none" : expected.code().code();
        if (!chooses) {
            misses.add(what + ": no " + what + " model (expected " + wanted + ")");
            return 0;
        }
        if (expected.code() == actual) {
            return 1;
        }
        Set<T> acceptable = expected.acceptable();
        String got = actual == null ? "none" : actual.code();
        if (actual != null && acceptable.contains(actual)) {
            misses.add(what + " " + got + " is acceptable, expected " + wanted);
            return 0.5;
        }
        misses.add(what + " " + got + ", expected " + wanted);
        return 0;
    }
}
