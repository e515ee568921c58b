package nl.wielwijzer.profile;

import nl.wielwijzer.bcw.Coded;

/**
 * Level of formal education: low is up to mbo level 2, middle mbo level 3-4, high hbo or wo.
 */
public enum EducationLevel implements Coded {
    LOW("low", "laag (tot en met mbo 2)", "low (up to upper-secondary vocational level 2)"),
    MIDDLE("middle", "middelbaar (mbo 3-4)", "middle (vocational level 3-4)"),
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
