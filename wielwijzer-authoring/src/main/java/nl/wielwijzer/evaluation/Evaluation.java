package nl.wielwijzer.evaluation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import nl.wielwijzer.Recommender;
import nl.wielwijzer.problem.InvalidProfileException;
import nl.wielwijzer.profile.Sector;
import nl.wielwijzer.profile.Subject;

/**
 * Runs the judged cases through Wielwijzer and through the {@link MatrixBaseline}, scores both with the same
 * {@link Measure}s, and averages them (macro average: every case counts once) overall, per subject and sector,
 * and for seed 001's target group. It reports; it does not judge, so nothing here passes or fails.
 *
 * @param cases     per case, both answers and both agreements, in the order the cases were given
 * @param summaries the averages: {@code all} first, then each subject/sector with cases, then {@code targetGroup}
 */
public record Evaluation(List<CaseResult> cases, List<Summary> summaries) {

    public Evaluation {
        cases = List.copyOf(cases);
        summaries = List.copyOf(summaries);
    }

    /** One case: what each answered and how far it agrees. */
    public record CaseResult(JudgedCase judged, Answer wielwijzer, Answer baseline, Agreement wielwijzerAgreement,
                             Agreement baselineAgreement) {
    }

    /**
     * The macro average of each measure over the cases of a group, for Wielwijzer and the baseline; a measure
     * is averaged over the cases it applies to.
     */
    public record Summary(String group, int cases, Map<Measure, Double> wielwijzer, Map<Measure, Double> baseline) {
    }

    /**
     * Scores the cases.
     *
     * @param maxInstruments how many instruments the recommender returns at most (it was built with it); the
     *                       baseline returns as many
     *
     * @throws InvalidProfileException when a case's profile does not pass the recommender's checks (the reader
     *                                 has checked it against the same knowledge, so only a changed knowledge can)
     */
    public static Evaluation run(Recommender recommender, List<JudgedCase> cases, int maxInstruments) throws InvalidProfileException {
        MatrixBaseline baseline = new MatrixBaseline(recommender.knowledge(), maxInstruments);
        List<CaseResult> results = new ArrayList<>();
        for (JudgedCase judged : cases) {
            Answer ours = Answer.of(recommender.recommend(judged.profile()));
            Answer plain = baseline.answer(judged.profile());
            results.add(new CaseResult(judged, ours, plain, Agreement.of(judged.expected(), ours),
                    Agreement.of(judged.expected(), plain)));
        }
        return new Evaluation(results, summaries(results));
    }

    private static List<Summary> summaries(List<CaseResult> results) {
        List<Summary> out = new ArrayList<>();
        out.add(summary("all", results, r -> true));
        for (Subject subject : Subject.values()) {
            for (Sector sector : Sector.values()) {
                String group = JudgedCase.group(subject, sector);
                Summary s = summary(group, results, r -> r.judged().group().equals(group));
                if (s.cases() > 0) {
                    out.add(s);
                }
            }
        }
        Summary target = summary("targetGroup", results, r -> r.judged().targetGroup());
        if (target.cases() > 0) {
            out.add(target);
        }
        return out;
    }

    private static Summary summary(String group, List<CaseResult> results, Predicate<CaseResult> member) {
        List<CaseResult> in = results.stream().filter(member).toList();
        return new Summary(group, in.size(), average(in, CaseResult::wielwijzerAgreement),
                average(in, CaseResult::baselineAgreement));
    }

    private static Map<Measure, Double> average(List<CaseResult> results, Function<CaseResult, Agreement> which) {
        Map<Measure, Double> averages = new EnumMap<>(Measure.class);
        for (Measure m : Measure.values()) {
            results.stream().map(which).map(a -> a.score(m)).filter(s -> s.isPresent())
                    .mapToDouble(s -> s.getAsDouble()).average().ifPresent(v -> averages.put(m, v));
        }
        return averages;
    }
}
