package nl.wielwijzer.profile;

import nl.wielwijzer.bcw.Coded;

/**
 * Where a worker with an occupational limitation stands in the placement process of seed 001 (section 2.6).
 */
public enum PlacementPhase implements Coded {
    HIRING("hiring", "aanname", "hiring"),
    PLACEMENT("placement", "plaatsing", "placement"),
    SETTLING_IN("settlingIn", "beginperiode ('landen')", "settling in"),
    ESTABLISHED("established", "na verloop van tijd", "established (after the first half year)"),
    CONTRACT_EXTENSION("contractExtension", "verlenging van de aanstelling", "contract extension"),
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
