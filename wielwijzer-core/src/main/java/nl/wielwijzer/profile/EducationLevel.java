package nl.wielwijzer.profile;

import nl.wielwijzer.bcw.Coded;

/**
 * Level of formal education: low is up to mbo level 2, middle mbo level 3-4, high hbo or wo.
 */
public enum EducationLevel implements Coded {
    /** Low (up to upper-secondary vocational level 2) ({@code low}); in Dutch: laag (tot en met mbo 2). */
    LOW("low", "laag (tot en met mbo 2)", "low (up to upper-secondary vocational level 2)"),
    /** Middle (vocational level 3-4) ({@code middle}); in Dutch: middelbaar (mbo 3-4). */
    MIDDLE("middle", "middelbaar (mbo 3-4)", "middle (vocational level 3-4)"),
    /** High (higher professional or university) ({@code high}); in Dutch: hoog (hbo, wo). */
    HIGH("high", "hoog (hbo, wo)", "high (higher professional or university)");

    private final Labels labels;

    EducationLevel(String code, String nl, String en) {
        this.labels = new Labels(code, nl, en);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
