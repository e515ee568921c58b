package nl.wielwijzer.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.wielwijzer.result.RankedFunction;
import nl.wielwijzer.result.Recommendation;
import nl.wielwijzer.result.Step;
import nl.wielwijzer.result.Technique;
import nl.wielwijzer.result.Trace;

/**
 * The result shows a behaviour change technique (BCT Taxonomy v1 number), for the function or instrument under
 * {@code on} or for any of them (or, with {@code present: false}, does not). Like a diagnosis or a piece of
 * delivery advice it carries no score; unlike them no rule step gives it: it comes with what the result lists.
 */
record TechniqueExpectation(String number, Subject on, boolean present, int line) implements Expectation {

    @Override
    public String describe() {
        return (present ? "" : "no ") + "technique " + number + (on == null ? "" : " for " + on);
    }

    /** The steps about the function or instrument: they decide whether it is listed with its techniques. */
    @Override
    public boolean concerns(Step step) {
        return on != null && step.targetKind() == on.kind().stepKind && step.target().equals(on.code());
    }

    @Override
    public Optional<String> check(Trace trace) {
        Optional<List<Technique>> shown = shown(trace.recommendation());
        boolean found = shown.orElse(List.of()).stream().anyMatch(t -> t.number().equals(number));
        if (found == present) {
            return Optional.empty();
        }
        if (shown.isEmpty()) {
            return Optional.of(on + " is not in the result");
        }
        List<String> numbers = shown.get().stream().map(Technique::number).toList();
        return Optional.of((on == null ? "the result" : on) + " shows "
                + (numbers.isEmpty() ? "no techniques" : "techniques " + String.join(", ", numbers)));
    }

    /** The techniques the subject shows, or every technique of the result; empty when the subject is not listed. */
    private Optional<List<Technique>> shown(Recommendation r) {
        if (on == null) {
            List<Technique> all = new ArrayList<>();
            r.interventionFunctions().forEach(f -> all.addAll(f.techniques()));
            r.instruments().stream().filter(i -> i.card() != null).forEach(i -> all.addAll(i.card().techniques()));
            return Optional.of(all);
        }
        if (on.kind() == Subject.Kind.FUNCTION) {
            return r.interventionFunctions().stream().filter(f -> f.function().code().equals(on.code()))
                    .findFirst().map(RankedFunction::techniques);
        }
        return r.instruments().stream().filter(i -> i.id().equals(on.code())).findFirst()
                .map(i -> i.card() == null ? List.<Technique>of() : i.card().techniques());
    }
}
