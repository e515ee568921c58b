package nl.wielwijzer.rules;

/**
 * A conclusion a rule drew about the profile, such as {@code lowSelfLeadership} or {@code hardToReach}, which
 * other rules can match on ({@code Diagnosis( code == "lowSelfLeadership" )}). The engine remembers which
 * rule firings derived it, so every explanation that relies on it can show the whole trace. Codes are defined
 * under {@code diagnoses} in {@code rules/vocabulary.yaml}.
 */
public final class Diagnosis implements Fact {

    private final String code;

    public Diagnosis(String code) {
        this.code = code;
    }

    public String getCode() {
        return code;
    }

    @Override
    public String path() {
        return "diagnosis";
    }

    @Override
    public String value() {
        return code;
    }

    @Override
    public String toString() {
        return "Diagnosis[" + code + "]";
    }
}
