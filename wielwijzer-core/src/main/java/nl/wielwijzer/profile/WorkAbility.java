package nl.wielwijzer.profile;

import nl.wielwijzer.bcw.Coded;

/**
 * Work ability in the bands of the Work Ability Index (seed 002, L4240-4246; seed 003, L729-735).
 */
public enum WorkAbility implements Coded {
    /** Poor ({@code poor}); in Dutch: slecht. */
    POOR("poor", "slecht", "poor"),
    /** Moderate ({@code moderate}); in Dutch: matig. */
    MODERATE("moderate", "matig", "moderate"),
    /** Good ({@code good}); in Dutch: goed. */
    GOOD("good", "goed", "good"),
    /** Excellent ({@code excellent}); in Dutch: uitstekend. */
    EXCELLENT("excellent", "uitstekend", "excellent");

    private final Labels labels;

    WorkAbility(String code, String nl, String en) {
        this.labels = new Labels(code, nl, en);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
