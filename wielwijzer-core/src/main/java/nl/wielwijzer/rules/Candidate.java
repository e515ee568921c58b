package nl.wielwijzer.rules;

import nl.wielwijzer.catalog.Instrument;

/**
 * A catalogue instrument that suits the profile's subject and sector, so that the other instrument rules
 * consider it: {@code Candidate( $i : instrument, $i.delivers(InterventionFunction.TRAINING) )}. Concluded by
 * the rules in {@code rules/instruments.drl} through {@code advice.consider($i)}.
 */
public record Candidate(Instrument instrument) implements Fact {

    @Override
    public String path() {
        return "catalogue";
    }

    @Override
    public String value() {
        return instrument.id();
    }
}
