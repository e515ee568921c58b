package nl.wielwijzer.rules;

import nl.wielwijzer.profile.DiMaturity;

/** The organisation's place on the bronze-silver-gold ladder (seed 002). */
public record EmployerMaturity(DiMaturity level) implements Fact {

    @Override
    public String path() {
        return "organisation.diMaturity";
    }

    @Override
    public String value() {
        return level.code();
    }
}
