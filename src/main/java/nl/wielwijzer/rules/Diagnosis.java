package nl.wielwijzer.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A conclusion a rule drew about the profile, such as {@code lowSelfLeadership} or {@code hardToReach}, which
 * other rules can match on ({@code Diagnosis( code == "lowSelfLeadership" )}). It remembers which rule firings
 * derived it, so every explanation that relies on it can show the whole trace. Codes are defined under
 * {@code diagnoses} in {@code rules/vocabulary.yaml}.
 */
public final class Diagnosis implements Fact {

    private final String code;
    private final List<Ledger.Firing> derivations = new ArrayList<>();

    Diagnosis(String code) {
        this.code = code;
    }

    public String getCode() {
        return code;
    }

    /** The rule firings that concluded this diagnosis; more than one rule may reach the same conclusion. */
    List<Ledger.Firing> derivations() {
        return Collections.unmodifiableList(derivations);
    }

    void derivedBy(Ledger.Firing firing) {
        derivations.add(firing);
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
