package nl.wielwijzer.rules;

import nl.wielwijzer.profile.OrganisationalFactor;

/** How well one organisational factor of the DI model is in place, 1-5 (seed 003). */
public record FactorScore(OrganisationalFactor factor, int score) implements Fact {

    @Override
    public String path() {
        return "organisation.factors." + factor.code();
    }

    @Override
    public String value() {
        return Integer.toString(score);
    }
}
