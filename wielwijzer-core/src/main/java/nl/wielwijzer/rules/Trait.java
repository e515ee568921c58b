package nl.wielwijzer.rules;

import nl.wielwijzer.profile.SelfLeadershipTrait;

/** A known score (1-5) for a self-leadership trait. */
public record Trait(SelfLeadershipTrait trait, int score) implements Fact {

    @Override
    public String path() {
        return "selfLeadership." + trait.code();
    }

    @Override
    public String value() {
        return Integer.toString(score);
    }
}
