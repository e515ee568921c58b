package nl.wielwijzer.profile;

import nl.wielwijzer.bcw.Coded;

/**
 * The kinds of occupational limitation seed 001 distinguishes (L26, L664, L2073).
 */
public enum Limitation implements Coded {
    /** Physical ({@code physical}); in Dutch: lichamelijk. */
    PHYSICAL("physical", "lichamelijk", "physical"),
    /** Psychological ({@code psychological}); in Dutch: psychisch. */
    PSYCHOLOGICAL("psychological", "psychisch", "psychological"),
    /** Intellectual ({@code intellectual}); in Dutch: verstandelijk. */
    INTELLECTUAL("intellectual", "verstandelijk", "intellectual"),
    /** Social ({@code social}); in Dutch: sociaal. */
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
