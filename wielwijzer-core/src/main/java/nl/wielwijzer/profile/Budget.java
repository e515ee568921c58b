package nl.wielwijzer.profile;

import nl.wielwijzer.bcw.Coded;

/**
 * The money the organisation has for sustainable employability.
 */
public enum Budget implements Coded {
    NONE("none", "geen budget", "no budget"),
    LOW("low", "weinig budget", "a small budget"),
    MEDIUM("medium", "redelijk budget", "a moderate budget"),
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
