package nl.wielwijzer.profile;

import nl.wielwijzer.bcw.Coded;

/**
 * The kinds of occupational limitation seed 001 distinguishes (L26, L664, L2073).
 */
public enum Limitation implements Coded {
    PHYSICAL("physical", "lichamelijk", "physical"),
    PSYCHOLOGICAL("psychological", "psychisch", "psychological"),
    INTELLECTUAL("intellectual", "verstandelijk", "intellectual"),
    SOCIAL("social", "sociaal", "social");

    private final Labels labels;

    Limitation(String code, String nl, String en) {
        this.labels = new Labels(code, nl, en);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
