package nl.wielwijzer.rules;

import nl.wielwijzer.profile.SelfLeadershipStrategy;

/** A known score (1-5) for a self-leadership strategy. */
public record Strategy(SelfLeadershipStrategy strategy, int score) implements Fact {

    @Override
    public String path() {
        return "selfLeadership." + strategy.code();
    }

    @Override
    public String value() {
        return Integer.toString(score);
    }
}
