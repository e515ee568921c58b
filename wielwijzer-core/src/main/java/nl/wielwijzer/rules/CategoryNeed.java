package nl.wielwijzer.rules;

import nl.wielwijzer.bcw.PolicyCategory;

/** A policy category that can deliver what the profile needs, with its score and rank; inserted after ranking. */
public record CategoryNeed(PolicyCategory category, int score, int rank) implements Fact {

    @Override
    public String path() {
        return "policyCategories." + category.code();
    }

    @Override
    public String value() {
        return "rank " + rank + ", score " + score;
    }
}
