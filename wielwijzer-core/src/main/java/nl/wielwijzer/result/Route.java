package nl.wielwijzer.result;

import nl.wielwijzer.bcw.Coded;

/**
 * The four sustainability routes of seed 001 (L440-449).
 */
public enum Route implements Coded {
    /** Vitalisation route ({@code vitalisation}); in Dutch: vitaliseringsroute. */
    VITALISATION("vitalisation", "vitaliseringsroute", "vitalisation route"),
    /** Development route ({@code development}); in Dutch: ontwikkelroute. */
    DEVELOPMENT("development", "ontwikkelroute", "development route"),
    /** Job-redesign route ({@code jobRedesign}); in Dutch: baanherontwerproute. */
    JOB_REDESIGN("jobRedesign", "baanherontwerproute", "job-redesign route"),
    /** Mobility route ({@code mobility}); in Dutch: mobiliteitsroute. */
    MOBILITY("mobility", "mobiliteitsroute", "mobility route");

    private final Labels labels;

    Route(String code, String nl, String en) {
        this.labels = new Labels(code, nl, en);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
