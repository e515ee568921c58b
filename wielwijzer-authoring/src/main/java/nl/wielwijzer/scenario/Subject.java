package nl.wielwijzer.scenario;

import nl.wielwijzer.result.TargetKind;

/** What an expectation is about: the kind of thing and its code (or instrument id). */
record Subject(Kind kind, String code) {

    enum Kind {
        FUNCTION("function", TargetKind.INTERVENTION_FUNCTION),
        CATEGORY("category", TargetKind.POLICY_CATEGORY),
        INSTRUMENT("instrument", TargetKind.INSTRUMENT),
        ROUTE("route", TargetKind.ROUTE),
        PHASE("phase", TargetKind.PHASE),
        DIAGNOSIS("diagnosis", TargetKind.DIAGNOSIS),
        DELIVERY("delivery", TargetKind.DELIVERY);

        /** The key in scenario files. */
        final String key;
        /** What result steps and exclusions call this kind. */
        final TargetKind stepKind;

        Kind(String key, TargetKind stepKind) {
            this.key = key;
            this.stepKind = stepKind;
        }
    }

    @Override
    public String toString() {
        return kind.key + " " + code;
    }
}
