package nl.wielwijzer.scenario;

/** What an expectation is about: the kind of thing and its code (or instrument id). */
record Subject(Kind kind, String code) {

    enum Kind {
        FUNCTION("function", "interventionFunction"),
        CATEGORY("category", "policyCategory"),
        INSTRUMENT("instrument", "instrument"),
        ROUTE("route", "route"),
        PHASE("phase", "phase"),
        DIAGNOSIS("diagnosis", "diagnosis");

        final String key;
        final String stepKind;

        Kind(String key, String stepKind) {
            this.key = key;
            this.stepKind = stepKind;
        }
    }

    @Override
    public String toString() {
        return kind.key + " " + code;
    }
}
