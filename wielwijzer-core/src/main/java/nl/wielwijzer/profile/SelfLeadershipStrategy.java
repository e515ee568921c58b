package nl.wielwijzer.profile;

import nl.wielwijzer.bcw.Coded;

/**
 * The three self-leadership strategies of seed 002 (L1000-1065).
 */
public enum SelfLeadershipStrategy implements Coded {
    /** Behaviour-focused strategies ({@code behaviourFocused}); in Dutch: gedragsgerichte strategieën. */
    BEHAVIOUR_FOCUSED("behaviourFocused", "gedragsgerichte strategieën", "behaviour-focused strategies"),
    /** Natural-reward strategies ({@code naturalReward}); in Dutch: natuurlijke-beloningsstrategieën. */
    NATURAL_REWARD("naturalReward", "natuurlijke-beloningsstrategieën", "natural-reward strategies"),
    /** Constructive thought-pattern strategies ({@code constructiveThought}); in Dutch: constructieve denkpatronen. */
    CONSTRUCTIVE_THOUGHT("constructiveThought", "constructieve denkpatronen", "constructive thought-pattern strategies");

    private final Labels labels;

    SelfLeadershipStrategy(String code, String nl, String en) {
        this.labels = new Labels(code, nl, en);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
