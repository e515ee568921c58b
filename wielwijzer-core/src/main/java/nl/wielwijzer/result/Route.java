package nl.wielwijzer.result;

import nl.wielwijzer.bcw.Coded;

/**
 * The four sustainability routes of seed 001 (L440-449).
 */
public enum Route implements Coded {
    VITALISATION("vitalisation", "vitaliseringsroute", "vitalisation route"),
    DEVELOPMENT("development", "ontwikkelroute", "development route"),
    JOB_REDESIGN("jobRedesign", "baanherontwerproute", "job-redesign route"),
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
