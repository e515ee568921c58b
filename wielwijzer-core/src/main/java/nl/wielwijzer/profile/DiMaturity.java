package nl.wielwijzer.profile;

import nl.wielwijzer.bcw.Coded;

/**
 * The bronze, silver, gold maturity ladder of seed 002 (L403-413).
 */
public enum DiMaturity implements Coded {
    /** Bronze ({@code bronze}); in Dutch: brons. */
    BRONZE("bronze", "brons", "bronze"),
    /** Silver ({@code silver}); in Dutch: zilver. */
    SILVER("silver", "zilver", "silver"),
    /** Gold ({@code gold}); in Dutch: goud. */
    GOLD("gold", "goud", "gold");

    private final Labels labels;

    DiMaturity(String code, String nl, String en) {
        this.labels = new Labels(code, nl, en);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
