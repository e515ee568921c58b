package nl.wielwijzer.scenario;

import java.util.Optional;
import nl.wielwijzer.result.Step;
import nl.wielwijzer.result.TargetKind;
import nl.wielwijzer.result.Trace;

/** A rule concluded the diagnosis (or, with {@code present: false}, none did). */
record DiagnosisExpectation(String code, boolean present, int line) implements Expectation {

    @Override
    public String describe() {
        return (present ? "diagnosis " : "no diagnosis ") + code;
    }

    @Override
    public boolean concerns(Step step) {
        return step.targetKind() == TargetKind.DIAGNOSIS && step.target().equals(code);
    }

    @Override
    public Optional<String> check(Trace trace) {
        boolean found = trace.steps().stream()
                .anyMatch(s -> s.targetKind() == TargetKind.DIAGNOSIS && s.target().equals(code));
        if (found == present) {
            return Optional.empty();
        }
        return Optional.of(found ? "a rule concluded " + code : "no rule concluded " + code);
    }
}
