package nl.wielwijzer.scenario;

import java.util.Optional;
import nl.wielwijzer.bcw.Coded;
import nl.wielwijzer.bcw.Language;
import nl.wielwijzer.result.Choice;
import nl.wielwijzer.result.Step;
import nl.wielwijzer.result.Trace;

/** The recommended route or phase is X, or there is none. */
record ChoiceExpectation(Subject subject, int line) implements Expectation {

    @Override
    public String describe() {
        return subject.code().equals("none") ? "no " + subject.kind().key : subject.kind().key + " " + subject.code();
    }

    @Override
    public boolean concerns(Step step) {
        return step.targetKind() == subject.kind().stepKind;
    }

    @Override
    public Optional<String> check(Trace trace) {
        Choice<? extends Coded> choice = subject.kind() == Subject.Kind.ROUTE
                ? trace.recommendation().route() : trace.recommendation().phase();
        String actual = choice == null ? "none" : choice.value().code();
        if (actual.equals(subject.code())) {
            return Optional.empty();
        }
        return Optional.of(choice == null ? "no rule recommended a " + subject.kind().key
                : "the recommended " + subject.kind().key + " is " + actual + " (score " + Language.EN.points(choice.score()) + ")");
    }
}
