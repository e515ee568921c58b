package nl.wielwijzer.profile;

import nl.wielwijzer.bcw.Coded;

/**
 * Work ability in the bands of the Work Ability Index (seed 002, L4240-4246; seed 003, L729-735).
 */
public enum WorkAbility implements Coded {
    POOR("poor", "slecht", "poor"),
    MODERATE("moderate", "matig", "moderate"),
    GOOD("good", "goed", "good"),
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
