package nl.wielwijzer.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.wielwijzer.result.RankedCategory;
import nl.wielwijzer.result.RankedFunction;
import nl.wielwijzer.result.RankedInstrument;
import nl.wielwijzer.result.Recommendation;
import nl.wielwijzer.result.Step;
import nl.wielwijzer.result.Trace;

/** Where a function, category or instrument ranks: rank, top, above, below, present, absent, excluded, status. */
record RankExpectation(Subject subject, Check check, String other, int number, RankedInstrument.Status status, int line)
        implements Expectation {

    enum Check { RANK, TOP, ABOVE, BELOW, PRESENT, ABSENT, EXCLUDED, STATUS }

    /** One ranked entry, whatever its kind. */
    private record Entry(String code, int rank, int score, RankedInstrument.Status status) {
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
            case EXCLUDED -> subject + " ruled out";
            case STATUS -> subject + " with status " + status.code();
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
        String where = mine == null ? "it is not in the result" : "it is rank " + mine.rank() + " (score " + mine.score() + ")";
        boolean ok = switch (check) {
            case RANK -> mine != null && mine.rank() == number;
            case TOP -> mine != null && mine.rank() <= number;
            case ABOVE -> mine != null && ranksBelow(find(entries, other), mine);
            case BELOW -> mine == null ? find(entries, other) != null : ranksBelow(mine, find(entries, other));
            case PRESENT -> mine != null;
            case ABSENT -> mine == null;
            case EXCLUDED -> excluded(r);
            case STATUS -> mine != null && mine.status() == status;
        };
        if (ok) {
            return Optional.empty();
        }
        String detail = switch (check) {
            case ABOVE, BELOW -> where + "; " + other + " " + describe(find(entries, other));
            case EXCLUDED -> excluded(r) ? "" : "no rule ruled it out; " + where;
            case STATUS -> mine == null ? where : "its status is " + mine.status().code();
            default -> where;
        };
        return Optional.of(detail + "\n    result: " + summary(entries));
    }

    private boolean ranksBelow(Entry lower, Entry higher) {
        return higher != null && (lower == null || lower.rank() > higher.rank());
    }

    private static String describe(Entry e) {
        return e == null ? "is not in the result" : "is rank " + e.rank() + " (score " + e.score() + ")";
    }

    private boolean excluded(Recommendation r) {
        return r.excluded().stream()
                .anyMatch(e -> e.kind() == subject.kind().stepKind && e.code().equals(subject.code()));
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
            parts.add(e.rank() + " " + e.code() + " (" + e.score() + ")");
        }
        return String.join(", ", parts);
    }
}
