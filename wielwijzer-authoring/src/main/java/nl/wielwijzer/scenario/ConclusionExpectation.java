package nl.wielwijzer.scenario;

import java.util.Optional;
import nl.wielwijzer.result.Step;
import nl.wielwijzer.result.Trace;

/**
 * A rule reached a conclusion that carries no score: a diagnosis, or a piece of delivery advice (or, with
 * {@code present: false}, none did).
 */
record ConclusionExpectation(Subject subject, boolean present, int line) implements Expectation {

    @Override
    public String describe() {
        return (present ? "" : "no ") + subject;
    }

    @Override
    public boolean concerns(Step step) {
        return step.targetKind() == subject.kind().stepKind && step.target().equals(subject.code());
    }

    @Override
    public Optional<String> check(Trace trace) {
        boolean found = trace.steps().stream().anyMatch(this::concerns);
        if (found == present) {
            return Optional.empty();
        }
        String what = subject.kind() == Subject.Kind.DIAGNOSIS ? "concluded " : "gave ";
        return Optional.of((found ? "a rule " + what : "no rule " + what) + subject);
    }
}
