package nl.wielwijzer.profile;

import nl.wielwijzer.bcw.Coded;

/**
 * Where a worker with an occupational limitation stands in the placement process of seed 001 (section 2.6).
 */
public enum PlacementPhase implements Coded {
    /** Hiring ({@code hiring}); in Dutch: aanname. */
    HIRING("hiring", "aanname", "hiring"),
    /** Placement ({@code placement}); in Dutch: plaatsing. */
    PLACEMENT("placement", "plaatsing", "placement"),
    /** Settling in ({@code settlingIn}); in Dutch: beginperiode ('landen'). */
    SETTLING_IN("settlingIn", "beginperiode ('landen')", "settling in"),
    /** Established (after the first half year) ({@code established}); in Dutch: na verloop van tijd. */
    ESTABLISHED("established", "na verloop van tijd", "established (after the first half year)"),
    /** Contract extension ({@code contractExtension}); in Dutch: verlenging van de aanstelling. */
    CONTRACT_EXTENSION("contractExtension", "verlenging van de aanstelling", "contract extension"),
    /** Internal or external transition ({@code transition}); in Dutch: interne of externe mobiliteit. */
    TRANSITION("transition", "interne of externe mobiliteit", "internal or external transition");

    private final Labels labels;

    PlacementPhase(String code, String nl, String en) {
        this.labels = new Labels(code, nl, en);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
