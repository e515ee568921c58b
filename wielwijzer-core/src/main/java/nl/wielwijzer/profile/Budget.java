package nl.wielwijzer.profile;

import nl.wielwijzer.bcw.Coded;

/**
 * The money the organisation has for sustainable employability.
 */
public enum Budget implements Coded {
    /** No budget ({@code none}); in Dutch: geen budget. */
    NONE("none", "geen budget", "no budget"),
    /** A small budget ({@code low}); in Dutch: weinig budget. */
    LOW("low", "weinig budget", "a small budget"),
    /** A moderate budget ({@code medium}); in Dutch: redelijk budget. */
    MEDIUM("medium", "redelijk budget", "a moderate budget"),
    /** A large budget ({@code high}); in Dutch: ruim budget. */
    HIGH("high", "ruim budget", "a large budget");

    private final Labels labels;

    Budget(String code, String nl, String en) {
        this.labels = new Labels(code, nl, en);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
