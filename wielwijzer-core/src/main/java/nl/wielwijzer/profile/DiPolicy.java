package nl.wielwijzer.profile;

import nl.wielwijzer.bcw.Coded;

/**
 * Whether the organisation has a policy on sustainable employability.
 */
public enum DiPolicy implements Coded {
    NONE("none", "geen DI-beleid", "no DI policy"),
    STARTING("starting", "DI-beleid in opbouw", "DI policy being set up"),
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
