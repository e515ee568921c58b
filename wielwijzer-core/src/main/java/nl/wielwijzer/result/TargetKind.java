package nl.wielwijzer.result;

import nl.wielwijzer.bcw.Coded;

/** What a rule step or an exclusion is about. */
public enum TargetKind implements Coded {
    /** Intervention function ({@code interventionFunction}); in Dutch: interventiefunctie. */
    INTERVENTION_FUNCTION("interventionFunction", "interventiefunctie", "intervention function"),
    /** Policy category ({@code policyCategory}); in Dutch: beleidscategorie. */
    POLICY_CATEGORY("policyCategory", "beleidscategorie", "policy category"),
    /** Instrument ({@code instrument}); in Dutch: instrument. */
    INSTRUMENT("instrument", "instrument", "instrument"),
    /** Route ({@code route}); in Dutch: route. */
    ROUTE("route", "route", "route"),
    /** Phase ({@code phase}); in Dutch: fase. */
    PHASE("phase", "fase", "phase"),
    /** Diagnosis ({@code diagnosis}); in Dutch: diagnose. */
    DIAGNOSIS("diagnosis", "diagnose", "diagnosis"),
    /** Delivery advice ({@code delivery}): how to bring the interventions; in Dutch: aanpak. */
    DELIVERY("delivery", "aanpak", "delivery");

    private final Labels labels;

    TargetKind(String code, String nl, String en) {
        this.labels = new Labels(code, nl, en);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
