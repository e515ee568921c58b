package nl.wielwijzer.catalog;

import nl.wielwijzer.bcw.Coded;

/**
 * A group an instrument is reserved for. Such an instrument is only considered for profiles in that group:
 * schemes such as wage-cost subsidy or job coaching mean nothing to an employee without an occupational limitation.
 */
public enum TargetGroup implements Coded {
    OCCUPATIONAL_LIMITATION("occupationalLimitation", "werknemers met een arbeidsbeperking (en hun werkgevers)",
            "workers with an occupational limitation (and their employers)");

    private final Labels labels;

    TargetGroup(String code, String nl, String en) {
        this.labels = new Labels(code, nl, en);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
