package nl.wielwijzer.result;

import nl.wielwijzer.bcw.Coded;

/** What a rule step or an exclusion is about. */
public enum TargetKind implements Coded {
    INTERVENTION_FUNCTION("interventionFunction", "interventiefunctie", "intervention function"),
    POLICY_CATEGORY("policyCategory", "beleidscategorie", "policy category"),
    INSTRUMENT("instrument", "instrument", "instrument"),
    ROUTE("route", "route", "route"),
    PHASE("phase", "fase", "phase"),
    DIAGNOSIS("diagnosis", "diagnose", "diagnosis");

    private final Labels labels;

    TargetKind(String code, String nl, String en) {
        this.labels = new Labels(code, nl, en);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
