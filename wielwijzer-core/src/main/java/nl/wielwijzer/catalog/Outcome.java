package nl.wielwijzer.catalog;

import nl.wielwijzer.bcw.Coded;

/**
 * The three outcomes of sustainable employability in the DI model of seed 003 (L519-531).
 */
public enum Outcome implements Coded {
    VITALITY("vitality", "mentale en fysieke vitaliteit", "mental and physical vitality"),
    CRAFTSMANSHIP("craftsmanship", "vakmanschap", "craftsmanship"),
    ADAPTABILITY("adaptability", "verandervermogen", "adaptability");

    private final Labels labels;

    Outcome(String code, String nl, String en) {
        this.labels = new Labels(code, nl, en);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
