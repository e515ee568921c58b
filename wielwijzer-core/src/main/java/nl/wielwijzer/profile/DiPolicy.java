package nl.wielwijzer.profile;

import nl.wielwijzer.bcw.Coded;

/**
 * Whether the organisation has a policy on sustainable employability.
 */
public enum DiPolicy implements Coded {
    /** No DI policy ({@code none}); in Dutch: geen DI-beleid. */
    NONE("none", "geen DI-beleid", "no DI policy"),
    /** DI policy being set up ({@code starting}); in Dutch: DI-beleid in opbouw. */
    STARTING("starting", "DI-beleid in opbouw", "DI policy being set up"),
    /** DI policy adopted and in use ({@code established}); in Dutch: DI-beleid vastgesteld en in uitvoering. */
    ESTABLISHED("established", "DI-beleid vastgesteld en in uitvoering", "DI policy adopted and in use");

    private final Labels labels;

    DiPolicy(String code, String nl, String en) {
        this.labels = new Labels(code, nl, en);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
