package nl.wielwijzer.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.wielwijzer.bcw.Language;
import nl.wielwijzer.result.ApeaseCriterion;
import nl.wielwijzer.result.Explanation;
import nl.wielwijzer.result.RankedCategory;
import nl.wielwijzer.result.RankedFunction;
import nl.wielwijzer.result.RankedInstrument;
import nl.wielwijzer.result.Recommendation;
import nl.wielwijzer.result.Step;
import nl.wielwijzer.result.Trace;

/**
 * Where a function, category or instrument ranks: rank, top, above, below, present, absent, excluded, status; or
 * which APEASE criterion ruled it out or lowered it (apease).
 */
record RankExpectation(Subject subject, Check check, String other, int number, RankedInstrument.Status status,
                       ApeaseCriterion criterion, int line) implements Expectation {

    enum Check { RANK, TOP, ABOVE, BELOW, PRESENT, ABSENT, EXCLUDED, STATUS, APEASE }

    /** One ranked entry, whatever its kind. */
    private record Entry(String code, int rank, double score, RankedInstrument.Status status) {
    }

    @Override
    public String describe() {
        return switch (check) {
            case RANK -> subject + " at rank " + number;
            case TOP -> subject + " in the top " + number;
            case ABOVE -> subject + " above " + other;
            case BELOW -> subject + " below " + other;
            case PRESENT -> subject + " in the result";
            case ABSENT -> subject + " not in the result";
            case EXCLUDED -> subject + " ruled out (under excluded)";
            case STATUS -> subject + " with status " + status.code();
            case APEASE -> subject + " ruled out or lowered by APEASE criterion " + criterion.code();
        };
    }

    @Override
    public boolean concerns(Step step) {
        return step.targetKind() == subject.kind().stepKind && step.target().equals(subject.code());
    }

    @Override
    public Optional<String> check(Trace trace) {
        Recommendation r = trace.recommendation();
        List<Entry> entries = entries(r);
        Entry mine = find(entries, subject.code());
        String where = mine == null ? "it is not in the result" : "it is rank " + mine.rank() + " (score " + Language.EN.points(mine.score()) + ")";
        boolean ok = switch (check) {
            case RANK -> mine != null && mine.rank() == number;
            case TOP -> mine != null && mine.rank() <= number;
            case ABOVE -> mine != null && ranksBelow(find(entries, other), mine);
            case BELOW -> mine == null ? find(entries, other) != null : ranksBelow(mine, find(entries, other));
            case PRESENT -> mine != null;
            case ABSENT -> mine == null;
            case EXCLUDED -> excluded(r);
            case STATUS -> mine != null && mine.status() == status;
            case APEASE -> !criteria(r).isEmpty() && criteria(r).contains(criterion);
        };
        if (ok) {
            return Optional.empty();
        }
        String detail = switch (check) {
            case ABOVE, BELOW -> where + "; " + other + " " + describe(find(entries, other));
            case EXCLUDED -> excluded(r) ? "" : "no rule ruled it out; " + where;
            case STATUS -> mine == null ? where : "its status is " + mine.status().code();
            case APEASE -> (criteria(r).isEmpty() ? "no APEASE rule ruled it out or lowered it"
                    : "the APEASE criteria that changed it: " + String.join(", ", criteria(r).stream().map(ApeaseCriterion::code).toList()))
                    + "; " + where;
            default -> where;
        };
        return Optional.of(detail + "\n    result: " + summary(entries));
    }

    private boolean ranksBelow(Entry lower, Entry higher) {
        return higher != null && (lower == null || lower.rank() > higher.rank());
    }

    private static String describe(Entry e) {
        return e == null ? "is not in the result" : "is rank " + e.rank() + " (score " + Language.EN.points(e.score()) + ")";
    }

    private boolean excluded(Recommendation r) {
        return r.excluded().stream()
                .anyMatch(e -> e.kind() == subject.kind().stepKind && e.code().equals(subject.code()));
    }

    /**
     * The APEASE criteria that changed this subject: those of the rules that ruled it out (under excluded), and for
     * a ranked instrument those of the rules that lowered it (its explanations).
     */
    private List<ApeaseCriterion> criteria(Recommendation r) {
        List<ApeaseCriterion> out = new ArrayList<>();
        r.excluded().stream().filter(e -> e.kind() == subject.kind().stepKind && e.code().equals(subject.code()))
                .forEach(e -> out.addAll(e.criteria()));
        if (subject.kind() == Subject.Kind.INSTRUMENT) {
            r.instruments().stream().filter(i -> i.id().equals(subject.code()))
                    .flatMap(i -> i.explanations().stream()).map(Explanation::apease)
                    .filter(java.util.Objects::nonNull).forEach(out::add);
        }
        return out;
    }

    private List<Entry> entries(Recommendation r) {
        List<Entry> out = new ArrayList<>();
        switch (subject.kind()) {
            case FUNCTION -> {
                for (RankedFunction f : r.interventionFunctions()) {
                    out.add(new Entry(f.function().code(), f.rank(), f.score(), null));
                }
            }
            case CATEGORY -> {
                for (RankedCategory c : r.policyCategories()) {
                    out.add(new Entry(c.category().code(), c.rank(), c.score(), null));
                }
            }
            default -> {
                for (RankedInstrument i : r.instruments()) {
                    out.add(new Entry(i.id(), i.rank(), i.score(), i.status()));
                }
            }
        }
        return out;
    }

    private static Entry find(List<Entry> entries, String code) {
        return entries.stream().filter(e -> e.code().equals(code)).findFirst().orElse(null);
    }

    private static String summary(List<Entry> entries) {
        if (entries.isEmpty()) {
            return "(nothing ranked)";
        }
        List<String> parts = new ArrayList<>();
        for (Entry e : entries) {
            parts.add(e.rank() + " " + e.code() + " (" + Language.EN.points(e.score()) + ")");
        }
        return String.join(", ", parts);
    }
}
